// `npm run bench:ingest` (build first: `npx next build`). For PostgreSQL (a fresh database on BENCH_PG_ADMIN_URL,
// default the local server) and for embedded PGlite (a fresh DATA_DIR), it starts the BUILT app on a spare port
// (BENCH_PORT, default 3391/3392), connects a Facebook Page, and drives it from a separate load process
// (tests/bench/ingest-load.ts), loopback only, every phase bounded in count and time. Each webhook figure is
// printed beside a raw baseline measured in the same run with the same concurrency (one-row durable INSERT
// transactions through `pg` / PGlite), as a ratio. It measures, it does not judge: the exit code is 0 whatever
// the figures (non-zero only if the benchmark itself fails). Output: tests/bench/.output/ingest.{json,md}.
// Flags: --only postgres|pglite, --quick (fewer requests, for a smoke run), --default (PostgreSQL too in one
// process, as `npm start` runs it: ingestion in the app beside the acknowledgements; the report then checks
// issue #27's targets).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { markdownReport, type ModeResult } from "./ingest-report";
import { rssMiB, treeRssMiB } from "./process-memory";
import { adminQuery, ADMIN, connectBenchPage, load, PAGE_ID, ROOT, SECRET, startApp, startWorker, stopAll } from "./bench-processes";

const OUT = path.join(ROOT, "tests/bench/.output");
const BASE_PORT = Number(process.env.BENCH_PORT ?? 3391);
const QUICK = process.argv.includes("--quick");
const ONLY = process.argv[process.argv.indexOf("--only") + 1];
const ONE_PROCESS = process.argv.includes("--default");

async function runMode(mode: "postgres" | "pglite", port: number): Promise<ModeResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `bench-ingest-${mode}-`));
  const dbName = `inbox_bench_ingest_${process.pid}`;
  const dbUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}` }).toString();
  const rawUrl = Object.assign(new URL(ADMIN), { pathname: `/${dbName}_raw` }).toString();
  const env: Record<string, string> = { DATA_DIR: dataDir, WEBHOOK_PORT: String(port + 100) };
  if (mode === "postgres") {
    await adminQuery(`CREATE DATABASE ${dbName}`);
    await adminQuery(`CREATE DATABASE ${dbName}_raw`);
    env.DATABASE_URL = dbUrl;
  }
  // On PostgreSQL, the deployment the README describes for volume: the app only acknowledges (RUN_JOBS=false)
  // and a separate `npm run worker` ingests the log, so ingestion does not share the app's event loop.
  if (mode === "postgres" && !ONE_PROCESS) env.RUN_JOBS = "false";
  const app = await startApp(port, env);
  // BENCH_CPU_PROF=<dir>: V8 CPU profiles of the app and the worker.
  const worker = mode === "postgres" && !ONE_PROCESS ? startWorker(env) : null;
  try {
    const token = await connectBenchPage(port, env);
    const base = `http://127.0.0.1:${port}`;
    const common = { url: `http://127.0.0.1:${port + 100}/api/webhooks/facebook`, apiBase: base, secret: SECRET, pageId: PAGE_ID, token };
    const count = QUICK ? 400 : 4000;
    const seconds = QUICK ? 4 : 10;
    const raw = (concurrency: number) => load({ phase: mode === "postgres" ? "raw-pg" : "raw-pglite", pgUrl: rawUrl, concurrency, count, seconds });
    const result: ModeResult = { mode, oneProcess: mode === "pglite" || ONE_PROCESS, ack: {}, ackRoute: {}, raw: {} } as ModeResult;
    // Resident memory beside the throughput (issue #27): after start, after the acks, at the end.
    const rss = { app: [rssMiB(app.pid)], ...(worker ? { worker: [treeRssMiB(worker.pid)] } : {}) };
    const sampleRss = () => { rss.app.push(rssMiB(app.pid)); rss.worker?.push(treeRssMiB(worker?.pid)); };
    // Latency-to-visible phases first, on an idle app (the throughput phases leave a backlog behind them).
    result.live = await load({ ...common, phase: "live", count: QUICK ? 10 : 30 });
    const rate = mode === "postgres" ? 500 : 150;
    // Twice: first on the freshly started ingester (its code not yet optimised by V8: measured 900 events/s for
    // its first 600 events against 1,500/s after), then again once it has ingested those 2,000 comments, as a
    // worker that has been running for a while would. Both are reported.
    result.visibleCold = { rate, ...(await load({ ...common, phase: "visible", rate, seconds: QUICK ? 2 : 4 })) };
    result.visible = { rate, ...(await load({ ...common, phase: "visible", rate, seconds: QUICK ? 2 : 4 })) };
    for (const c of [8, 32]) {
      result.raw[c] = await raw(c);
      result.ack[c] = await load({ ...common, phase: "ack", concurrency: c, count, seconds });
      result.ackRoute[c] = await load({ ...common, url: `${base}/api/webhooks/facebook`, phase: "ack", concurrency: c, count, seconds });
    }
    sampleRss();
    result.batch = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i++) result.batch.push(await load({ ...common, phase: "batch" }));
    // Counts every case created while it runs (the backlog too): the rate at which ingestion drains work.
    result.sustained = await load({ ...common, phase: "sustained", count: QUICK ? 300 : 1000, seconds: 60 });
    sampleRss();
    result.rss = rss;
    return result;
  } finally {
    await stopAll([worker, app]);
    if (mode === "postgres") {
      await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await adminQuery(`DROP DATABASE IF EXISTS ${dbName}_raw WITH (FORCE)`);
    }
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const modes: ModeResult[] = [];
  if (ONLY !== "pglite") modes.push(await runMode("postgres", BASE_PORT));
  if (ONLY !== "postgres") modes.push(await runMode("pglite", BASE_PORT + 1));
  const report = { at: new Date().toISOString(), machine: `${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`, quick: QUICK, modes };
  writeFileSync(path.join(OUT, "ingest.json"), JSON.stringify(report, (k, v: unknown) => (k === "latencies" ? undefined : v), 2));
  const md = markdownReport(report);
  writeFileSync(path.join(OUT, "ingest.md"), md);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
