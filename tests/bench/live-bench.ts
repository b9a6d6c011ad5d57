// Live inbox benchmark (issue 13): `npm run bench:live [-- --agents 30 --rate 50 --seconds 15]`, after `npx next build`.
// Starts the built app on a free loopback port with its own DATA_DIR and a fake Graph API, adds one member per
// agent (mixed roles: community managers, leads, customer service), signs each in through next-auth, and runs
// three phases of signed Facebook comments at --rate per second for --seconds each (every comment a new case):
//   0. ingest only (no agent connected): the CPU the app spends on the webhooks themselves;
//   1. live: every agent holds a real SSE stream and applies the row events it receives;
//   2. full refresh (the approach before issue 13): every agent re-fetches the inbox RSC payload on changes.
// Each phase lasts until every comment of it is committed and delivered (or --drain-seconds), so a backlog of
// ingestion never spills into the next phase. Delays are split: webhook → commit (ingestion; the commit time is
// when the server heard the case's NOTIFY, carried by the change as `at`) and commit → agent (the fan-out).
// `--pg` runs on a fresh PostgreSQL database; `--pg --instances 2`: instance 0 takes the webhooks and ingests,
// the agents connect to the others (RUN_JOBS=false), whose CPU is then the fan-out's alone.
// Writes JSON + Markdown to tests/bench/.output/live-bench*.{json,md}.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { openDatabase } from "../../lib/db/open-database";
import { seedDemoWorkspace } from "../../lib/demo/seed-demo-workspace";
import type { Role } from "../../lib/generated/prisma/enums";
import { startFakeGraph } from "../fakes/fake-graph";
import { connectChannel } from "../../lib/channels/connect-channel";
import { percentile, runAgent, signInCookie, treeCpuSeconds } from "./live-agents";
import { markdown, phaseFigures, type PhaseRun } from "./live-report";
import { rssMiB } from "./process-memory";
import { SERVER_ENV_DEFAULTS, serverArgv } from "../../lib/cli/server-process";

const opt = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const AGENTS = opt("--agents", 30);
const RATE = opt("--rate", 50);
const SECONDS = opt("--seconds", 15);
/** How long a phase may wait for its comments to be committed and delivered after the last one is sent. */
const DRAIN_SECONDS = opt("--drain-seconds", 120);
const PG = process.argv.includes("--pg");
/** Live agents skip re-reading the tab counts: the fan-out's own cost, without the counts requests. */
const NO_COUNTS = process.argv.includes("--no-counts");
/** App processes sharing the database (PostgreSQL only): webhooks to the first, agents on the others. */
const INSTANCES = PG ? opt("--instances", 1) : 1;
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "bench-password";
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), ".output");
const ROLES: Role[] = ["COMMUNITY_MANAGER", "COMMUNITY_MANAGER", "TEAM_LEAD", "CUSTOMER_SERVICE", "COMMUNITY_MANAGER", "ADMIN"];

const freePort = () => new Promise<number>((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => { const { port } = s.address() as net.AddressInfo; s.close(() => resolve(port)); });
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// The fake Graph API listens on loopback, which channels refuse outside tests (issue #11); the apps inherit it.
process.env.CONNECTOR_ALLOW_PRIVATE_URLS ??= "true";

async function main() {
  const graph = await startFakeGraph({ pageId: "100000000000999", appSecret: "bench-secret" });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "live-bench-"));
  // The app's secrets (channel encryption key) live in DATA_DIR: seal the channel's secrets with the same one.
  process.env.DATA_DIR = dataDir;
  // Set up before the app opens the embedded database (one process at a time, see
  // docs/ARCHITECTURE.md § Database modes).
  let url: string | undefined;
  const dbName = `live_bench_${process.pid}`;
  if (PG) {
    await withAdmin((c) => c.query(`CREATE DATABASE ${dbName}`));
    const u = new URL(ADMIN_URL);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const db = await openDatabase({ url, dataDir });
  await seedDemoWorkspace(db.prisma, { password: PASSWORD });
  const lead = await db.prisma.membership.findFirstOrThrow({ where: { role: "TEAM_LEAD" }, include: { user: true } });
  await connectChannel(db.prisma, { userId: lead.userId, name: lead.user.name, email: lead.user.email, workspaceId: lead.workspaceId, role: "TEAM_LEAD", via: "session" }, {
    kind: "facebook_page", externalId: graph.pageId, name: "Bench page", apiBaseUrl: graph.url,
    secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "bench-verify" },
  });
  const passwordHash = await hashPassword(PASSWORD);
  const agents: { email: string; role: Role }[] = [];
  for (let i = 0; i < AGENTS; i++) {
    const role = ROLES[i % ROLES.length]!;
    const user = await db.prisma.user.create({ data: { email: `agent${i}@bench.test`, name: `Agent ${i}`, passwordHash } });
    await db.prisma.membership.create({ data: { workspaceId: lead.workspaceId, userId: user.id, role } });
    agents.push({ email: user.email, role });
  }
  await db.close();

  const bases: string[] = [];
  const apps: ReturnType<typeof spawn>[] = [];
  const stop = () => { for (const a of apps) try { a.kill("SIGTERM"); } catch { /* gone */ } };
  process.on("exit", stop);
  const loadAvg = () => os.loadavg().map((x) => x.toFixed(2)).join(" / ");
  const loadAtStart = loadAvg();
  try {
    // One after the other: two instances starting at once on a fresh database deadlocked in pg-boss's queue
    // creation (seen here), and only instance 0 runs jobs and ingestion.
    // Instance 0 takes the webhooks on WEBHOOK_PORT, as the README recommends for volume (the app's own route
    // costs several times the CPU per webhook, lib/webhooks/webhook-listener.ts).
    const hookPort = await freePort();
    for (let k = 0; k < INSTANCES; k++) {
      const port = await freePort();
      const b = `http://127.0.0.1:${port}`;
      bases.push(b);
      // BENCH_CPU_PROF=<dir>: V8 CPU profiles of the instances, in <dir>/instance-<k> (Node refuses --cpu-prof in NODE_OPTIONS).
      const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", `${process.env.BENCH_CPU_PROF}/instance-${k}`] : [];
      // BENCH_NODE_ARGS: more V8 flags for the instances (e.g. "--heap-growing-percent=0" for V8's default heap sizing).
      prof.push(...(process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean));
      // As lib/cli/start.ts runs the server: its node options and environment defaults.
      apps.push(spawn(process.execPath, serverArgv(port, "127.0.0.1", prof), {
        env: { ...SERVER_ENV_DEFAULTS, ...process.env, DATA_DIR: dataDir, NEXTAUTH_URL: b, DEMO_PASSWORD: PASSWORD, PORT: String(port), NODE_ENV: "production",
          ...(k === 0 ? { WEBHOOK_PORT: String(hookPort) } : {}),
          ...(url ? { DATABASE_URL: url, RUN_JOBS: k === 0 ? "true" : "false" } : {}) },
        stdio: ["ignore", "ignore", "inherit"],
      }));
      for (let i = 0; ; i++) {
        if (i > 240) throw new Error("the app did not start");
        if (await fetch(`${b}/signin`).then((r) => r.ok, () => false)) break;
        await sleep(500);
      }
    }
    const base = bases[0]!;
    const agentBases = INSTANCES > 1 ? bases.slice(1) : bases;
    const agentApps = INSTANCES > 1 ? apps.slice(1) : null;
    const cpuOf = (list: typeof apps) => list.reduce((n, a) => n + treeCpuSeconds(a.pid!), 0);
    const agentBase = (i: number) => agentBases[i % agentBases.length]!;
    // One after the other: 30 sign-ins at once stalled the embedded database here (seen with PGlite).
    const cookies: string[] = [];
    for (const [i, a] of agents.entries()) cookies.push(await signInCookie(agentBase(i), a.email, PASSWORD));
    const leadCookie = cookies[agents.findIndex((a) => a.role === "TEAM_LEAD")]!;
    for (const b of agentBases) await fetch(`${b}/inbox`, { headers: { cookie: leadCookie } }); // warm the pages up
    const caseTotal = async () => ((await (await fetch(`${base}/api/v1/cases/counts`, { headers: { cookie: leadCookie } })).json()) as { data: { total: number } }).data.total;
    const hook = `http://127.0.0.1:${hookPort}/api/webhooks/facebook`;
    let n = 0;
    const phase = async (name: string, mode: "none" | "live" | "refresh"): Promise<PhaseRun> => {
      const controller = new AbortController();
      const sentAt = new Map<string, number>();
      const committedAt = new Map<string, number>();
      const acks: number[] = [];
      let unanswered = 0;
      const runs = mode === "none" ? [] : cookies.map((c, i) => runAgent(agentBase(i), c, mode, sentAt, controller.signal, committedAt, !NO_COUNTS));
      const totalBefore = mode === "none" ? await caseTotal() : 0;
      await sleep(1_500); // streams open
      const cpu0 = cpuOf(apps);
      const agentCpu0 = agentApps ? cpuOf(agentApps) : 0;
      const t0 = Date.now();
      const sends: Promise<unknown>[] = [];
      for (let i = 0; i < RATE * SECONDS; i++) {
        const wait = t0 + (i * 1000) / RATE - Date.now();
        if (wait > 0) await sleep(wait);
        const k = n++;
        const marker = `bench-${k}-x`;
        const from = { id: `88${k}`, name: `Client ${k}` };
        const message = `Commande ${k} jamais livrée ${marker}`;
        graph.addComment({ id: `9_${k}`, post_id: `${graph.pageId}_9`, message, from });
        sentAt.set(marker, Date.now());
        const at = Date.now();
        sends.push(graph.sendWebhook(hook, graph.feedCommentChange({ verb: "add", comment_id: `9_${k}`, post_id: `${graph.pageId}_9`, from, message }), { retries: 0 })
          // sendWebhook resolves with status 0 when its 20 s timeout ran out: not an answer.
          .then((r) => { if (r.status === 200) acks.push(Date.now() - at); else unanswered++; }, () => { unanswered++; }));
      }
      await Promise.all(sends);
      // Until every comment is committed (and, live, on every counted agent's screen), then a tail for the
      // last refreshes; without agents, until the cases are all there.
      const counted = agents.map((a) => a.role !== "CUSTOMER_SERVICE");
      const done = async () => mode === "none" ? (await caseTotal()) >= totalBefore + sentAt.size
        : committedAt.size >= sentAt.size && (mode === "refresh" || runs.every((r, i) => !counted[i] || r.stats.seenAt.size >= sentAt.size));
      const deadline = Date.now() + DRAIN_SECONDS * 1000;
      let drained = false;
      // (The embedded database works on the app's event loop: while it ingests a backlog, a request may wait
      // longer than fetch's connect timeout. Not done yet, then.)
      while (!(drained = await done().catch(() => false)) && Date.now() < deadline) await sleep(250);
      await sleep(2_000);
      const window = (Date.now() - t0) / 1000;
      const cpu = cpuOf(apps) - cpu0;
      const agentInstancesCpu = agentApps ? cpuOf(agentApps) - agentCpu0 : null;
      controller.abort();
      await Promise.all(runs.map((r) => r.done.catch(() => undefined)));
      console.error(`${name}: ${drained ? "drained" : "NOT drained"} after ${window.toFixed(1)} s, app CPU ${cpu.toFixed(1)} s`);
      return { name, mode, seconds: SECONDS, window, cpu, agentInstancesCpu, stats: runs.map((r) => r.stats), sentAt, committedAt, acks, unanswered, sent: sentAt.size, drained };
    };
    graph.addPost({ id: `${graph.pageId}_9`, message: "Bench" });
    // Resident memory of each instance after start and after each phase (issue #27: ≤ 450 MiB after an hour).
    const rss: { after: string; mib: number[] }[] = [{ after: "start and sign-ins", mib: apps.map((a) => rssMiB(a.pid)) }];
    const measured = async (p: Promise<PhaseRun>, after: string) => { const r = await p; rss.push({ after, mib: apps.map((a) => rssMiB(a.pid)) }); return r; };
    const ingest = await measured(phase("ingest only", "none"), "ingest only");
    const live = await measured(phase("live row events", "live"), "live row events");
    const refresh = await measured(phase("full refresh (RSC per change)", "refresh"), "full refresh");
    const counted = agents.map((a) => a.role !== "CUSTOMER_SERVICE");
    const phases = [live, refresh].map((p) => phaseFigures(p, ingest, counted));
    const at = new Date().toISOString();
    const header = `${PG ? `PostgreSQL, ${INSTANCES} app instance(s)${INSTANCES > 1 ? " (webhooks and ingestion on the first, agents on the others)" : ""}; PostgreSQL's own CPU not counted` : "Embedded PGlite, one app process"}; ` +
      `${AGENTS} agents (customer service: ${agents.filter((a) => a.role === "CUSTOMER_SERVICE").length}), ${RATE} signed webhook comments/s for ${SECONDS} s per phase; ` +
      `${os.cpus().length} cores shared with other engineers. CPU figures are CPU-seconds per second of stream.`;
    const load = `${loadAtStart} → ${loadAvg()}`;
    const result = { at, database: PG ? "PostgreSQL" : "PGlite (embedded)", instances: INSTANCES, agents: AGENTS, rate: RATE, seconds: SECONDS, load,
      ingestOnly: { cpuCores: ingest.cpu / ingest.seconds, drained: ingest.drained, unanswered: ingest.unanswered, ackP50Ms: percentile(ingest.acks, 50), ackP95Ms: percentile(ingest.acks, 95) }, phases, rss };
    mkdirSync(OUT, { recursive: true });
    const suffix = PG ? `-pg${INSTANCES > 1 ? `-${INSTANCES}` : ""}` : "";
    writeFileSync(path.join(OUT, `live-bench${suffix}.json`), JSON.stringify(result, null, 2));
    const md = markdown({ at, header, load, ingest, phases, twoInstances: INSTANCES > 1 })
      + `\nResident memory of the app instance(s), MiB: ${rss.map((r) => `after ${r.after} ${r.mib.join(" / ")}`).join("; ")}.\n`;
    writeFileSync(path.join(OUT, `live-bench${suffix}.md`), md);
    console.log(md);
  } finally {
    stop();
    graph.close();
    if (PG) {
      // Let the apps close their connections before the database goes (else they log every lost one).
      await Promise.all(apps.map((a) => a.exitCode !== null ? null : Promise.race([new Promise((r) => a.once("exit", r)), sleep(10_000)])));
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)).catch(() => undefined);
    }
  }
}

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try { return await fn(c); } finally { await c.end(); }
}

main().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
