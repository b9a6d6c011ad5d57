// Faults on the ingest path, against the BUILT app in processes of their own (issue 7, item 7):
//  - kill -9 of the app in the middle of a burst sent by retrying senders (like Meta): every event ends
//    acknowledged and stored exactly once, on embedded PGlite and on PostgreSQL;
//  - a restart of PostgreSQL (a private server, never the shared one) under load: the app (webhooks) and a
//    separate `npm run worker` (ingestion) recover by themselves, and nothing acknowledged is lost.
// (A poison event among good ones is covered in tests/integration/ingest-pipeline.test.ts.)
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, openSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { openPglite } from "../../lib/db/pglite";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import {
  appReady, burst, connectPage, killHard, messagesInCasesMatching, privatePostgres, spawnApp, storedCounts, tokenFor, waitFor,
} from "./fault-helpers";

// Far from the other engineers' E2E ports (E2E_PORT + 1 is the restart spec's).
const PORT = Number(process.env.E2E_PORT ?? 3210) + 50;
const ADMIN = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
let graph: FakeGraph;
const children: ChildProcess[] = [];

let serverAnswers = false;
test.beforeAll(async () => {
  graph = await startFakeGraph({ pageId: "100000000000999", appSecret: "fault-secret" });
  const c = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
  serverAnswers = await c.connect().then(() => c.end()).then(() => true, () => false);
});
// Like tests/run-all.sh: the PostgreSQL variants need a server (shared, or the binaries for a private one).
const hasPgBinaries = existsSync("/usr/lib/postgresql/15/bin/initdb");
test.afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await graph?.close();
});

async function pgliteCounts(dataDir: string, ids: string[]) {
  const { db, release } = await openPglite(dataDir);
  try {
    const r = await db.query<{ externalId: string; n: number }>(`SELECT "externalId", count(*)::int AS n FROM messages WHERE "externalId" = ANY($1) GROUP BY 1`, [ids]);
    return new Map(r.rows.map((x) => [x.externalId, x.n]));
  } finally {
    await db.close();
    release();
  }
}

for (const kind of ["pglite", "postgres"] as const) {
  test(`kill -9 during a burst: every acknowledged event stored exactly once (${kind})`, async () => {
    test.setTimeout(300_000);
    test.skip(kind === "postgres" && !serverAnswers, `no PostgreSQL server answers at ${ADMIN}`);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "inbox-fault-"));
    const dbName = `inbox_fault_${process.pid}_${randomBytes(3).toString("hex")}`;
    const dbUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}` }).toString();
    const env: Record<string, string> = { DATA_DIR: dataDir };
    if (kind === "postgres") {
      const admin = new pg.Client({ connectionString: ADMIN });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      env.DATABASE_URL = dbUrl;
    }
    let app = spawnApp(PORT, env);
    children.push(app);
    await appReady(PORT);
    const lead = tokenFor("lead@demo.test", env);
    await connectPage(PORT, lead, graph);

    let killed = false;
    const restarted = { done: Promise.resolve() };
    const result = await burst(graph, `http://127.0.0.1:${PORT}/api/webhooks/facebook`, randomBytes(2).toString("hex"), 8, 25, (acked) => {
      if (killed || acked < 60) return;
      killed = true;
      const dying = app;
      restarted.done = (async () => {
        await killHard(dying); // (the SIGKILL itself is sent right here, mid-burst)
        app = spawnApp(PORT, env);
        children.push(app);
        await appReady(PORT);
      })();
    });
    await restarted.done;
    expect(killed).toBe(true);
    expect(result.unacked).toEqual([]);
    expect(result.acked).toHaveLength(200);

    // Processing follows the acknowledgement: wait (bounded) until all are in, then stop the app and look.
    let stored = new Map<string, number>();
    if (kind === "postgres") {
      await waitFor("ingestion", async () => (stored = await storedCounts(dbUrl, result.acked)).size === 200, 120_000);
      app.kill("SIGKILL");
    } else {
      // PGlite is readable only by its one process: follow ingestion through the app's own API, then stop the
      // app and count in its data folder.
      await waitFor("ingestion", async () => (await messagesInCasesMatching(PORT, lead, "Rafale")) >= 200, 120_000);
      await killHard(app);
      stored = await pgliteCounts(dataDir, result.acked);
    }
    expect(result.acked.filter((id) => stored.get(id) !== 1)).toEqual([]);
    if (kind === "postgres") {
      const admin = new pg.Client({ connectionString: ADMIN });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }
  });
}

test("PostgreSQL restart under load: app and worker recover, nothing acknowledged is lost", async () => {
  test.setTimeout(300_000);
  test.skip(!hasPgBinaries, "PostgreSQL 15 binaries not installed (needed for a private server)");
  const server = privatePostgres(PORT + 10);
  server.start();
  try {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "inbox-fault-pg-"));
    // Webhooks in the app, ingestion in a separate worker process, as in a PostgreSQL deployment.
    const env = { DATA_DIR: dataDir, DATABASE_URL: server.url, RUN_JOBS: "false" };
    const app = spawnApp(PORT, env);
    children.push(app);
    await appReady(PORT);
    // The worker's log goes to a file, shown if the test fails (a failed loaded run left nothing to read).
    const workerLog = path.join(dataDir, "worker.log");
    const out = openSync(workerLog, "a");
    // One process (`node --import tsx`), so that the signals at the end reach the worker itself, not tsx's launcher.
    const worker = spawn(process.execPath, ["--import", "tsx", "lib/cli/worker.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", out, out] });
    children.push(worker);
    await connectPage(PORT, tokenFor("lead@demo.test", env), graph);

    let restarted = false;
    const result = await burst(graph, `http://127.0.0.1:${PORT}/api/webhooks/facebook`, randomBytes(2).toString("hex"), 8, 20, (acked) => {
      if (restarted || acked < 50) return;
      restarted = true;
      server.restart();
    });
    expect(restarted).toBe(true);
    expect(result.unacked).toEqual([]);
    try {
      await waitFor("ingestion after the restart", async () => (await storedCounts(server.url, result.acked)).size === result.acked.length, 120_000);
    } catch (err) {
      const stored = await storedCounts(server.url, result.acked).catch(() => new Map());
      const tail = readFileSync(workerLog, "utf8").split("\n").slice(-40).join("\n");
      throw new Error(`${(err as Error).message}\n${stored.size} of ${result.acked.length} stored; worker exit code ${worker.exitCode}; worker log (last lines):\n${tail}`);
    }
    const stored = await storedCounts(server.url, result.acked);
    expect(result.acked.filter((id) => stored.get(id) !== 1)).toEqual([]);
    expect(app.exitCode).toBeNull();
    expect(worker.exitCode).toBeNull();
    worker.kill("SIGTERM");
    app.kill("SIGKILL");
  } finally {
    server.stop();
  }
});
