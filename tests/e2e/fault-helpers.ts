// Helpers for the ingest fault tests: a second app process (the BUILT app, `next start`) on its own port and
// database, a private PostgreSQL server that may be restarted (never the shared one), and a burst of webhooks
// from senders that retry like Meta until they get a 200.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { FakeGraph } from "../fakes/fake-graph";
import { eventually } from "../helpers/eventually";

/** Polls `ok` (a failed check counts as "not yet": the app may be restarting) until it holds. */
export async function waitFor(what: string, ok: () => Promise<boolean>, timeoutMs = 90_000) {
  await eventually(() => ok().catch(() => false), Boolean, timeoutMs, what);
}

/** SIGKILLs `child` and resolves once it has exited: its port and its lock on a data folder are free again. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}

export function spawnApp(port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}`, DEMO_PASSWORD: "demo-password", SEED_DEMO: "true" },
    stdio: "ignore",
  });
}

export async function appReady(port: number) {
  await waitFor("the app", async () => (await fetch(`http://127.0.0.1:${port}/signin`)).status === 200);
}

export function tokenFor(email: string, env: Record<string, string>): string {
  const out = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli/token.ts", "--email", email], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return out.trim().split("\n").pop()!;
}

export async function connectPage(port: number, token: string, graph: FakeGraph) {
  const r = await fetch(`http://127.0.0.1:${port}/api/v1/channels`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ kind: "facebook_page", externalId: graph.pageId, name: "Fault page", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "fault-verify" } }),
  });
  if (r.status !== 201) throw new Error(`connect: ${r.status} ${await r.text()}`);
}

/**
 * `senders` concurrent senders post `perSender` single-comment webhooks each, retrying (Meta-like backoff) until
 * a 200. `onAck` runs after each acknowledged event (the test kills or restarts things from there).
 */
export async function burst(graph: FakeGraph, hook: string, run: string, senders: number, perSender: number, onAck: (acked: number) => void) {
  const acked: string[] = [];
  const unacked: string[] = [];
  await Promise.all(Array.from({ length: senders }, async (_, s) => {
    for (let i = 0; i < perSender; i++) {
      const id = `${run}${s}x${i}`;
      const payload = graph.feedCommentChange({
        verb: "add", comment_id: `${graph.pageId}_${id}`, post_id: `${graph.pageId}_${run}`, from: { id: `u${id}`, name: `Client ${id}` },
        message: `Rafale ${id}`, created_time: new Date(),
      });
      const r = await graph.sendWebhook(hook, payload, { retries: 14, backoffMs: 250, timeoutMs: 10_000 });
      if (r.status === 200) {
        acked.push(`${graph.pageId}_${id}`);
        onAck(acked.length);
      } else unacked.push(`${graph.pageId}_${id}`);
    }
  }));
  return { acked, unacked };
}

/** How many messages the cases matching the search `q` hold, as the running app reports them (every page). */
export async function messagesInCasesMatching(port: number, token: string, q: string): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const url = new URL(`http://127.0.0.1:${port}/api/v1/cases`);
    url.search = new URLSearchParams({ q, limit: "100", ...(cursor ? { cursor } : {}) }).toString();
    const r = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    if (r.status !== 200) throw new Error(`cases: ${r.status} ${await r.text()}`);
    const page = (await r.json()) as { data: { messageCount: number }[]; nextCursor: string | null };
    total += page.data.reduce((n, c) => n + c.messageCount, 0);
    cursor = page.nextCursor;
  } while (cursor);
  return total;
}

/** Counts how many times each external id is stored (0, 1, or more would be a bug). */
export async function storedCounts(url: string, ids: string[]): Promise<Map<string, number>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ externalId: string; n: number }>(
      `SELECT "externalId", count(*)::int AS n FROM messages WHERE "externalId" = ANY($1) GROUP BY 1`, [ids]);
    return new Map(rows.map((r) => [r.externalId, r.n]));
  } finally {
    await c.end();
  }
}

const PG_BIN = "/usr/lib/postgresql/15/bin";

/** A PostgreSQL 15 of our own (initdb in a temp dir, its own port, run as user postgres): ours to restart. */
export function privatePostgres(port: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "inbox-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const asPostgres = (...args: string[]) => execFileSync("runuser", ["-u", "postgres", "--", ...args], { stdio: "pipe" });
  asPostgres(`${PG_BIN}/initdb`, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync");
  const ctl = (...args: string[]) => asPostgres(`${PG_BIN}/pg_ctl`, "-D", data, "-l", path.join(dir, "log"), "-w", ...args);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`;
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () => ctl("-o", opts, "start"),
    restart: () => ctl("-o", opts, "-m", "fast", "restart"),
    stop: () => ctl("-m", "immediate", "stop"),
  };
}
