// Load generator for `npm run bench:ingest`, run as its own process (the app under test must not share its
// event loop). One phase per run; prints one JSON object on stdout. Loopback only; every loop bounded in count
// and time. Phases:
//   ack        N keep-alive senders post signed single-comment webhooks: latency of each 200, throughput
//   batch      one POST with 1,000 comment changes: time to the 200
//   visible    paced sender at --rate/s for --seconds; a poller reads GET /api/v1/cases and records when each
//              comment's case first appears (sent → visible)
//   live       sequential probes: one comment, then wait for its case on the SSE stream (sent → event)
//   raw-pg / raw-pglite  the baseline: N clients doing one-row durable INSERT transactions of the same shape
import { randomBytes } from "node:crypto";
import http from "node:http";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { feedCommentValue, feedEnvelope, metaJson, signMeta } from "../fakes/graph-webhooks";

const opts = JSON.parse(process.argv[2] ?? "{}") as {
  phase: string; url?: string; apiBase?: string; secret?: string; pageId?: string; token?: string; pgUrl?: string;
  concurrency?: number; count?: number; seconds?: number; rate?: number; run?: string;
};
const run = opts.run ?? randomBytes(3).toString("hex");
let n = 0;

function comment(tag = "") {
  const i = ++n;
  const id = `${run}${i}`;
  const values = [feedCommentValue({
    verb: "add", comment_id: `${opts.pageId}_${id}`, post_id: `${opts.pageId}_${run}`, from: { id: `u${id}`, name: `Client ${id}` },
    message: `Commande ${tag || id} toujours pas livrée`, created_time: new Date(),
  })];
  return { id, body: metaJson(feedEnvelope(opts.pageId!, values)) };
}

// node:http with keep-alive rather than fetch: the sender must cost less than the server it measures (with
// fetch, the load process itself capped the rate on this machine).
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function post(body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(opts.url!, {
      method: "POST", agent,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-hub-signature-256": signMeta(opts.secret!, body) },
    }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    // A reset connection is reported as an error of the run (status 0), not a crash of the benchmark.
    req.on("error", (err) => {
      console.error(`post: ${err.message}`);
      resolve(0);
    });
    req.end(body);
  });
}

async function pool(concurrency: number, count: number, seconds: number, one: () => Promise<void>) {
  const deadline = performance.now() + seconds * 1000;
  let started = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (started < count && performance.now() < deadline) {
      started++;
      await one();
    }
  }));
  return performance.now() - t0;
}

async function ack() {
  const lat: number[] = [];
  let errors = 0;
  const ms = await pool(opts.concurrency!, opts.count!, opts.seconds!, async () => {
    const { body } = comment();
    const t = performance.now();
    if ((await post(body)) !== 200) errors++;
    lat.push(performance.now() - t);
  });
  return { requests: lat.length, errors, seconds: ms / 1000, latencies: lat };
}

async function rawBaseline(kind: "pg" | "pglite") {
  const body = Buffer.from(comment().body);
  const lat: number[] = [];
  let insert: (b: Buffer) => Promise<unknown>;
  let close: () => Promise<void>;
  const ddl = `CREATE TABLE IF NOT EXISTS bench_raw (id bigserial primary key, kind text not null, "channelIds" text[], body bytea not null, "receivedAt" timestamp(3) not null default now())`;
  const sql = `INSERT INTO bench_raw (kind, "channelIds", body) VALUES ('FACEBOOK_PAGE', ARRAY['c'], $1)`;
  if (kind === "pg") {
    const p = new pg.Pool({ connectionString: opts.pgUrl, max: opts.concurrency });
    await p.query(ddl);
    insert = (b) => p.query(sql, [b]);
    close = () => p.end();
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const db = await PGlite.create(mkdtempSync(path.join(os.tmpdir(), "bench-raw-pglite-")));
    await db.exec(ddl);
    insert = (b) => db.query(sql, [b]);
    close = () => db.close();
  }
  const ms = await pool(opts.concurrency!, opts.count!, opts.seconds!, async () => {
    const t = performance.now();
    await insert(body);
    lat.push(performance.now() - t);
  });
  await close();
  return { requests: lat.length, errors: 0, seconds: ms / 1000, latencies: lat };
}

async function batch() {
  const values = Array.from({ length: 1000 }, () => {
    const id = `${run}b${++n}`;
    return feedCommentValue({ verb: "add", comment_id: `${opts.pageId}_${id}`, post_id: `${opts.pageId}_${run}b`, from: { id: `u${id}`, name: `Client ${id}` }, message: `Lot ${id}`, created_time: new Date() });
  });
  const body = metaJson(feedEnvelope(opts.pageId!, values));
  const t = performance.now();
  const status = await post(body);
  return { status, bytes: body.length, ms: performance.now() - t };
}

const api = (p: string) => fetch(new URL(p, opts.apiBase ?? opts.url).toString(), { headers: { authorization: `Bearer ${opts.token}` } });

/** Between two reads of the case list: reading it is itself load on the app, so not every few milliseconds. */
const POLL_MS = 100;

async function visible() {
  const sent = new Map<string, number>();
  const seen = new Map<string, number>();
  const sentAt = new Map<string, number>();
  /** Each read of the list: how long it took and how many pages it read (the measurement's own delay). */
  const polls: { ms: number; pages: number }[] = [];
  const interval = 1000 / opts.rate!;
  const t0 = performance.now();
  let stop = false;
  const poller = (async () => {
    while (!stop || seen.size < sent.size) {
      // Newest first (by the comment's platform time, whole seconds), page after page down to the second the
      // oldest comment not seen yet was sent in: a batch commits hundreds of cases at once, in random order
      // within a second, so reading only the first page would miss most of them.
      let cursor: string | null = null;
      const pollStart = performance.now();
      let pages = 0;
      const unseen = [...sentAt].filter(([tag]) => !seen.has(tag)).map(([, at]) => at);
      const floor = unseen.length ? Math.floor(Math.min(...unseen) / 1000) * 1000 - 1000 : Date.now() - 2000;
      for (let page = 0; page < 30; page++) {
        const r = (await (await api(`/api/v1/cases?limit=100${cursor ? `&cursor=${cursor}` : ""}`)).json()) as { data: { preview: string; lastMessageAt: string }[]; nextCursor: string | null };
        const now = performance.now();
        for (const c of r.data) {
          const m = /Commande (v\w+) /.exec(c.preview);
          if (m && sent.has(m[1]!) && !seen.has(m[1]!)) seen.set(m[1]!, now - sent.get(m[1]!)!);
        }
        cursor = r.nextCursor;
        pages++;
        const last = r.data.at(-1);
        if (!cursor || !last || Date.parse(last.lastMessageAt) < floor) break;
      }
      polls.push({ ms: performance.now() - pollStart, pages });
      if (stop && performance.now() - t0 > opts.seconds! * 1000 + 15_000) break;
      await new Promise((res) => setTimeout(res, POLL_MS));
    }
  })();
  // Paced: the k-th comment leaves at t0 + k·interval, over 8 connections so one slow answer does not pace the rest.
  let k = 0;
  const total = Math.floor(opts.rate! * opts.seconds!);
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (;;) {
      const i = k++;
      if (i >= total) return;
      const wait = t0 + i * interval - performance.now();
      if (wait > 0) await new Promise((res) => setTimeout(res, wait));
      const tag = `v${run}x${i}`;
      const { body } = comment(tag);
      sent.set(tag, performance.now());
      sentAt.set(tag, Date.now());
      await post(body);
    }
  }));
  const sendSeconds = (performance.now() - t0) / 1000;
  stop = true;
  await poller;
  const pollMs = polls.map((p) => p.ms).sort((a, b) => a - b);
  return { sent: sent.size, seen: seen.size, sendSeconds, latencies: [...seen.values()],
    polls: { count: polls.length, p50Ms: pollMs[Math.floor(pollMs.length / 2)] ?? 0, maxMs: pollMs.at(-1) ?? 0, maxPages: Math.max(0, ...polls.map((p) => p.pages)) } };
}

async function live() {
  const res = await api("/api/v1/stream");
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const waiters: ((caseId: string) => void)[] = [];
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let i;
      while ((i = buffer.indexOf("\n\n")) >= 0) {
        const chunk = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        if (chunk.includes("event: change") && chunk.includes("CASE_CREATED")) waiters.shift()?.("");
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 500));
  const lat: number[] = [];
  for (let p = 0; p < opts.count!; p++) {
    const got = new Promise<void>((resolve) => waiters.push(() => resolve()));
    const t = performance.now();
    await post(comment().body);
    await Promise.race([got, new Promise((r) => setTimeout(r, 5_000))]);
    lat.push(performance.now() - t);
    waiters.length = 0;
  }
  await reader.cancel().catch(() => undefined);
  return { probes: lat.length, latencies: lat };
}

/** Burst of --count new-case comments from 32 senders; counts CASE_CREATED on the SSE stream until all are in. */
async function sustained() {
  const res = await api("/api/v1/stream");
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let created = 0;
  let last = 0;
  let buffer = "";
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let i;
      while ((i = buffer.indexOf("\n\n")) >= 0) {
        if (buffer.slice(0, i).includes("CASE_CREATED")) { created++; last = performance.now(); }
        buffer = buffer.slice(i + 2);
      }
    }
  })();
  await new Promise((r) => setTimeout(r, 500));
  const t0 = performance.now();
  const sendMs = await pool(32, opts.count!, opts.seconds!, async () => void (await post(comment().body)));
  const deadline = performance.now() + 120_000;
  while (created < opts.count! && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await reader.cancel().catch(() => undefined);
  return { events: opts.count, processed: created, sendSeconds: sendMs / 1000, seconds: (last - t0) / 1000 };
}

const phases: Record<string, () => Promise<unknown>> = {
  ack, batch, visible, live, sustained, "raw-pg": () => rawBaseline("pg"), "raw-pglite": () => rawBaseline("pglite"),
};
phases[opts.phase]!().then(
  (r) => { process.stdout.write(JSON.stringify(r) + "\n"); process.exit(0); },
  (err: unknown) => { console.error(err); process.exit(1); },
);
