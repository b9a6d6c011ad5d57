// Scale-out on PostgreSQL (issue #27 item 3): two app instances (RUN_JOBS=false, each with its WEBHOOK_PORT
// listener) and two `npm run worker` processes on one database, as the README's scale-out section configures them.
//  - webhooks sent half to each instance, one worker killed (-9) in the middle: every acknowledged event is
//    stored exactly once (the other worker takes the rest: deliveries are claimed with SKIP LOCKED);
//  - a comment acknowledged by instance A reaches a browser stream opened on instance B (LISTEN/NOTIFY fan-out).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { changes, collect } from "../helpers/live-stream";
import { appReady, burst, connectPage, killHard, spawnApp, storedCounts, tokenFor, waitFor } from "./fault-helpers";

// Far from the other engineers' E2E ports and from ingest-faults (+50, +60).
const PORT = Number(process.env.E2E_PORT ?? 3210) + 70;
const ADMIN = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
let graph: FakeGraph;
let serverAnswers = false;
const children: ChildProcess[] = [];

test.beforeAll(async () => {
  graph = await startFakeGraph({ pageId: "100000000000888", appSecret: "scale-secret" });
  const c = new pg.Client({ connectionString: ADMIN, connectionTimeoutMillis: 3000 });
  serverAnswers = await c.connect().then(() => c.end()).then(() => true, () => false);
});
test.afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  await graph?.close();
});

/**
 * A worker as ONE process (`node --import tsx`): through tsx's launcher, `kill -9` would reach the launcher only,
 * and the worker it started would go on running.
 */
function startWorker(env: Record<string, string>): Promise<ChildProcess> {
  const w = spawn(process.execPath, ["--import", "tsx", "lib/cli/worker.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(w);
  return new Promise((resolve, reject) => {
    w.stdout!.on("data", (d: Buffer) => d.toString().includes("running") && resolve(w));
    w.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
  });
}

/** Opens the live stream of an instance, once it said "ready" (subscribed); `created()` counts its new cases so far. */
async function openStream(port: number, token: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/stream`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const stream = collect(res.body!);
  await waitFor("the stream to be ready", async () => stream.got.some((m) => m.type === "ready"), 30_000);
  return {
    created: () => changes(stream.got).filter((m) => m.event.action === "CASE_CREATED").length,
    close: () => stream.stop().catch(() => undefined),
  };
}

test("two app instances and two workers: exactly once with a worker killed, live events on both instances", async () => {
  test.setTimeout(300_000);
  test.skip(!serverAnswers, `no PostgreSQL server answers at ${ADMIN}`);
  const dbName = `inbox_scale_${process.pid}_${randomBytes(3).toString("hex")}`;
  const dbUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}` }).toString();
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  try {
    // One DATA_DIR for both instances: it holds the key that encrypts channel secrets, which both must read.
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "inbox-scale-"));
    const [a, b] = [PORT, PORT + 1];
    const envOf = (port: number) => ({ DATA_DIR: dataDir, DATABASE_URL: dbUrl, RUN_JOBS: "false", WEBHOOK_PORT: String(port + 100) });
    // A first (it migrates and seeds the demo), then B, then the workers.
    children.push(spawnApp(a, envOf(a)));
    await appReady(a);
    children.push(spawnApp(b, envOf(b)));
    await appReady(b);
    const workers = [await startWorker(envOf(a)), await startWorker(envOf(a))];
    const token = tokenFor("lead@demo.test", envOf(a));
    await connectPage(a, token, graph);
    const streams = [await openStream(a, token), await openStream(b, token)];

    // 8 senders, 4 per instance's listener, 25 comments each; a worker is killed once 60 are acknowledged.
    const run = randomBytes(2).toString("hex");
    let killed = false;
    const onAck = (acked: number) => {
      if (killed || acked < 30) return;
      killed = true;
      void killHard(workers[0]!);
    };
    const [toA, toB] = await Promise.all([
      burst(graph, `http://127.0.0.1:${a + 100}/api/webhooks/facebook`, `${run}a`, 4, 25, onAck),
      burst(graph, `http://127.0.0.1:${b + 100}/api/webhooks/facebook`, `${run}b`, 4, 25, onAck),
    ]);
    expect(killed).toBe(true);
    expect([...toA.unacked, ...toB.unacked]).toEqual([]);
    const acked = [...toA.acked, ...toB.acked];
    expect(acked).toHaveLength(200);

    let stored = new Map<string, number>();
    await waitFor("ingestion by the surviving worker", async () => (stored = await storedCounts(dbUrl, acked)).size === 200, 120_000);
    expect(acked.filter((id) => stored.get(id) !== 1)).toEqual([]);
    expect(workers[1]!.exitCode).toBeNull();

    // Every new case is announced on both instances, whichever acknowledged its webhook.
    await waitFor("live events on both instances", async () => streams.every((s) => s.created() >= 200), 60_000);
    for (const s of streams) await s.close();
  } finally {
    await Promise.all(children.map(killHard)); // before the database goes, so no process logs its connections dropped
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});
