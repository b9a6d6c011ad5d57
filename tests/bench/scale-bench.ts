// `npm run bench:scale` (build first: `npx next build`): what one more app instance and one more worker add on
// PostgreSQL (issue #27 item 3, the README's scale-out section). On a fresh database it measures, with the
// deployment of the README (app instances with RUN_JOBS=false and a WEBHOOK_PORT listener, `npm run worker`s):
//   the app alone (no worker: acknowledging with nothing ingested beside it), then
//   one app + one worker, then two apps + two workers, the same phases each time:
//   - acknowledgements: 8 keep-alive senders (split over the instances), and 8 per instance;
//   - ingestion: a burst of new-case comments, counted on a browser stream until all are in (events/s), after the
//     log is drained, so no earlier backlog counts;
//   - live fan-out: a comment sent to instance A, its event on a stream opened on the LAST instance started;
//   - the database connections the deployment holds, and each process's resident memory.
// Beside them, the raw ceiling (one-row durable INSERT transactions, 8 clients) measured in the same run.
// It measures, it does not judge (exit code 0 whatever the figures). Output: tests/bench/.output/scale.{json,md}.
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { adminQuery, ADMIN, connectBenchPage, load, PAGE_ID, ROOT, SECRET, startApp, startWorker, stopAll } from "./bench-processes";
import { rssMiB } from "./process-memory";

const OUT = path.join(ROOT, "tests/bench/.output");
const PORT = Number(process.env.BENCH_PORT ?? 3395);
const QUICK = process.argv.includes("--quick");
const COUNT = QUICK ? 600 : 3000;
const SECONDS = QUICK ? 4 : 8;
const BURST = QUICK ? 400 : 1500;

type Load = Record<string, unknown> & { requests?: number; errors?: number; seconds?: number; latencies?: number[]; processed?: number };
const rate = (r: Load) => (r.requests ?? 0) / (r.seconds || 1);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;

async function one<T>(url: string, sql: string): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows[0] as T;
  } finally {
    await c.end();
  }
}

async function drained(dbUrl: string) {
  for (let i = 0; i < 600; i++) {
    const { n } = await one<{ n: number }>(dbUrl, `SELECT count(*)::int AS n FROM raw_deliveries WHERE status = 'PENDING'`);
    if (n === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("the webhook log did not drain in 2 minutes");
}

interface Step { apps: number; workers: number; ackSplit: number; ackEach: number; ackErrors: number; p99: number; ingest: number; processed: number; liveP50: number; liveP95: number; connections: number; rss: Record<string, number> }

async function measure(dbUrl: string, dbName: string, ports: number[], token: string, procs: Record<string, ChildProcess>): Promise<Omit<Step, "apps" | "workers">> {
  const common = (port: number) => ({ url: `http://127.0.0.1:${port + 100}/api/webhooks/facebook`, apiBase: `http://127.0.0.1:${ports[0]}`, secret: SECRET, pageId: PAGE_ID, token });
  const acks = async (perInstance: number) => {
    const rs = (await Promise.all(ports.map((p) => load({ ...common(p), phase: "ack", concurrency: perInstance, count: Math.ceil(COUNT / ports.length), seconds: SECONDS })))) as Load[];
    return { rate: rs.reduce((s, r) => s + rate(r), 0), errors: rs.reduce((s, r) => s + (r.errors ?? 0), 0), p99: pct(rs.flatMap((r) => r.latencies ?? []), 0.99) };
  };
  const split = await acks(8 / ports.length);
  const each = await acks(8);
  await drained(dbUrl);
  const burst = (await load({ ...common(ports[0]!), phase: "sustained", count: BURST, seconds: 60 })) as Load;
  await drained(dbUrl);
  // Fan-out: sent to the first instance, seen on the last one's stream.
  const live = (await load({ ...common(ports[0]!), apiBase: `http://127.0.0.1:${ports.at(-1)}`, phase: "live", count: QUICK ? 10 : 30 })) as Load;
  const { n: connections } = await one<{ n: number }>(ADMIN, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = '${dbName}'`);
  return {
    ackSplit: split.rate, ackEach: each.rate, ackErrors: split.errors + each.errors, p99: Math.max(split.p99, each.p99),
    ingest: (burst.processed ?? 0) / (burst.seconds || 1), processed: burst.processed ?? 0,
    liveP50: pct(live.latencies ?? [], 0.5), liveP95: pct(live.latencies ?? [], 0.95), connections,
    rss: Object.fromEntries(Object.entries(procs).map(([k, p]) => [k, rssMiB(p.pid)])),
  };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const dbName = `inbox_bench_scale_${process.pid}`;
  const dbUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}` }).toString();
  const rawUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}_raw` }).toString();
  await adminQuery(`CREATE DATABASE ${dbName}`);
  await adminQuery(`CREATE DATABASE ${dbName}_raw`);
  // One DATA_DIR for every instance: it holds the key of the channel secrets, which all must read.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  const envOf = (port: number) => ({ DATA_DIR: dataDir, DATABASE_URL: dbUrl, RUN_JOBS: "false", WEBHOOK_PORT: String(port + 100) });
  const procs: Record<string, ChildProcess> = {};
  const steps: Step[] = [];
  let raw: Load = {};
  let alone: Load = {};
  try {
    procs.appA = await startApp(PORT, envOf(PORT));
    const token = await connectBenchPage(PORT, envOf(PORT));
    raw = (await load({ phase: "raw-pg", pgUrl: rawUrl, concurrency: 8, count: COUNT, seconds: SECONDS })) as Load;
    // The app alone first, no worker ingesting beside it: what acknowledging costs by itself.
    alone = (await load({ url: `http://127.0.0.1:${PORT + 100}/api/webhooks/facebook`, secret: SECRET, pageId: PAGE_ID, phase: "ack", concurrency: 8, count: COUNT, seconds: SECONDS })) as Load;
    procs.worker1 = startWorker(envOf(PORT));
    await new Promise((r) => setTimeout(r, 3000));
    steps.push({ apps: 1, workers: 1, ...(await measure(dbUrl, dbName, [PORT], token, procs)) });
    procs.appB = await startApp(PORT + 1, envOf(PORT + 1));
    procs.worker2 = startWorker(envOf(PORT));
    await new Promise((r) => setTimeout(r, 3000)); // the second worker's queues and LISTEN in place
    steps.push({ apps: 2, workers: 2, ...(await measure(dbUrl, dbName, [PORT, PORT + 1], token, procs)) });
  } finally {
    await stopAll(Object.values(procs));
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName}_raw WITH (FORCE)`);
  }
  const ceiling = rate(raw);
  const [a, b] = steps as [Step, Step];
  const f = (x: number) => Math.round(x).toLocaleString("en");
  const r2 = (x: number, y: number) => (y ? (x / y).toFixed(2) : "—");
  const md = [
    `# Scale-out benchmark (${new Date().toISOString()})`, "",
    `Machine: ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}${QUICK ? " — QUICK run" : ""}. Raw ceiling (8 clients, one-row durable INSERTs): ${f(ceiling)}/s.`, "",
    "| PostgreSQL | 1 app + 1 worker | 2 apps + 2 workers | ×, 2 over 1 |", "|---|---|---|---|",
    `| acks/s, 8 senders, app alone (no worker running, nothing ingested beside) | ${f(rate(alone))} (${r2(rate(alone), ceiling)} of the ceiling) | | |`,
    `| acks/s, 8 senders split over the apps | ${f(a.ackSplit)} (${r2(a.ackSplit, ceiling)} of the ceiling) | ${f(b.ackSplit)} (${r2(b.ackSplit, ceiling)}) | ${r2(b.ackSplit, a.ackSplit)} |`,
    `| acks/s, 8 senders per app | ${f(a.ackEach)} | ${f(b.ackEach)} | ${r2(b.ackEach, a.ackEach)} |`,
    `| ack p99, errors | ${a.p99.toFixed(0)} ms, ${a.ackErrors} | ${b.p99.toFixed(0)} ms, ${b.ackErrors} | |`,
    `| ingestion, burst of ${BURST} new cases | ${f(a.ingest)} events/s (${a.processed} seen) | ${f(b.ingest)} events/s (${b.processed} seen) | ${r2(b.ingest, a.ingest)} |`,
    `| live event p50 / p95 (sent to app A, seen on the last app) | ${a.liveP50.toFixed(0)} / ${a.liveP95.toFixed(0)} ms | ${b.liveP50.toFixed(0)} / ${b.liveP95.toFixed(0)} ms | |`,
    `| database connections held | ${a.connections} | ${b.connections} | |`,
    `| resident memory (MiB) | ${Object.entries(a.rss).map(([k, v]) => `${k} ${v}`).join(", ")} | ${Object.entries(b.rss).map(([k, v]) => `${k} ${v}`).join(", ")} | |`,
  ].join("\n") + "\n";
  writeFileSync(path.join(OUT, "scale.json"), JSON.stringify({ at: new Date().toISOString(), quick: QUICK, ceiling, steps }, null, 2));
  writeFileSync(path.join(OUT, "scale.md"), md);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
