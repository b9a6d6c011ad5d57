// Live inbox benchmark (issue 13): `npm run bench:live [-- --agents 30 --rate 50 --seconds 15]`, after `npx next build`.
// Starts the built app on a free loopback port with its own DATA_DIR and a fake Graph API, adds one member per
// agent (mixed roles: community managers, leads, customer service), signs each in through next-auth, and runs
// three phases of signed Facebook comments at --rate per second for --seconds each (every comment a new case):
//   0. ingest only (no agent connected): the CPU the app spends on the webhooks themselves;
//   1. live: every agent holds a real SSE stream and applies the row events it receives;
//   2. full refresh (the approach before issue 13): every agent re-fetches the inbox RSC payload on changes.
// Prints webhook → seen-by-agent latency p50/p95, server CPU per agent (app process tree, /proc, minus phase 0)
// and bytes per agent per second; writes JSON + Markdown to tests/bench/.output/live-bench.{json,md}. The
// machine is shared: compare the ratios between phases of the same run more than the absolute figures.
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
import { percentile, runAgent, signInCookie, treeCpuSeconds, type AgentStats } from "./live-agents";

const opt = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const AGENTS = opt("--agents", 30);
const RATE = opt("--rate", 50);
const SECONDS = opt("--seconds", 15);
const PG = process.argv.includes("--pg");
/** App processes sharing the database (PostgreSQL only): agents spread over them, webhooks to the first. */
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
  // Set up before the app opens the embedded database (one process at a time, DESIGN §4).
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
  for (let k = 0; k < INSTANCES; k++) {
    const port = await freePort();
    const b = `http://127.0.0.1:${port}`;
    bases.push(b);
    apps.push(spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, DATA_DIR: dataDir, NEXTAUTH_URL: b, DEMO_PASSWORD: PASSWORD, PORT: String(port), NODE_ENV: "production", ...(url ? { DATABASE_URL: url } : {}) },
      stdio: ["ignore", "ignore", "inherit"],
    }));
  }
  const base = bases[0]!;
  const stop = () => { for (const a of apps) try { a.kill("SIGTERM"); } catch { /* gone */ } };
  const cpuNow = () => apps.reduce((n, a) => n + treeCpuSeconds(a.pid!), 0);
  process.on("exit", stop);
  try {
    for (const b of bases) {
      for (let i = 0; ; i++) {
        if (i > 120) throw new Error("the app did not start");
        if (await fetch(`${b}/signin`).then((r) => r.ok, () => false)) break;
        await sleep(500);
      }
    }
    const agentBase = (i: number) => bases[i % bases.length]!;
    // One after the other: 30 sign-ins at once stalled the embedded database here (seen with PGlite).
    const cookies: string[] = [];
    for (const [i, a] of agents.entries()) cookies.push(await signInCookie(agentBase(i), a.email, PASSWORD));
    await fetch(`${base}/inbox`, { headers: { cookie: cookies[0]! } }); // warm the page up
    const hook = `${base}/api/webhooks/facebook`;
    let n = 0;
    const phase = async (name: string, mode: "none" | "live" | "refresh") => {
      const controller = new AbortController();
      const sentAt = new Map<string, number>();
      const acks: number[] = [];
      const ackAt = new Map<string, number>();
      const runs = mode === "none" ? [] : cookies.map((c, i) => runAgent(agentBase(i), c, mode, sentAt, controller.signal));
      await sleep(1_500); // streams open
      const cpu0 = cpuNow();
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
          .then(() => { acks.push(Date.now() - at); ackAt.set(marker, Date.now()); }, () => null));
      }
      await Promise.all(sends);
      await sleep(2_000); // let the last events arrive
      const elapsed = (Date.now() - t0) / 1000;
      const cpu = cpuNow() - cpu0;
      controller.abort();
      await Promise.all(runs.map((r) => r.done.catch(() => undefined)));
      return { name, mode, elapsed, cpu, stats: runs.map((r) => r.stats), sent: sentAt.size, sentAt, ackAt, ackP50: percentile(acks, 50), ackP95: percentile(acks, 95) };
    };
    graph.addPost({ id: `${graph.pageId}_9`, message: "Bench" });
    const ingest = await phase("ingest only", "none");
    const live = await phase("live row events", "live");
    const refresh = await phase("full refresh (RSC per change)", "refresh");
    const sum = (ss: AgentStats[], k: "sseBytes" | "rscBytes" | "countsBytes") => ss.reduce((a, s) => a + s[k], 0);
    const report = [live, refresh].map((p) => {
      const seen = p.stats.filter((_, i) => agents[i]!.role !== "CUSTOMER_SERVICE").flatMap((s) => [...s.seenAt]);
      const lat = seen.map(([m, t]) => t - p.sentAt.get(m)!);
      // The part that is not ingestion: from the webhook's answer (the comment is committed) to the agent.
      const afterAck = seen.filter(([m]) => p.ackAt.has(m)).map(([m, t]) => t - p.ackAt.get(m)!);
      const csChanges = p.stats.filter((_, i) => agents[i]!.role === "CUSTOMER_SERVICE").reduce((a, s) => a + s.changes, 0);
      const fanoutCpu = p.cpu - ingest.cpu * (p.elapsed / ingest.elapsed);
      return {
        phase: p.name, webhookAckP50Ms: p.ackP50, webhookAckP95Ms: p.ackP95, agents: AGENTS, rate: RATE, seconds: SECONDS, sent: p.sent,
        latencyP50Ms: percentile(lat, 50), latencyP95Ms: percentile(lat, 95),
        afterAckP50Ms: percentile(afterAck, 50), afterAckP95Ms: percentile(afterAck, 95), sightings: lat.length,
        expectedSightings: p.sent * agents.filter((a) => a.role !== "CUSTOMER_SERVICE").length,
        appCpuCores: p.cpu / p.elapsed, fanoutCpuCores: fanoutCpu / p.elapsed, fanoutCpuPerAgentCores: fanoutCpu / p.elapsed / AGENTS,
        bytesPerAgentPerSecond: (sum(p.stats, "sseBytes") + sum(p.stats, "rscBytes") + sum(p.stats, "countsBytes")) / AGENTS / p.elapsed,
        sseBytesPerAgentPerSecond: sum(p.stats, "sseBytes") / AGENTS / p.elapsed,
        refreshesPerAgent: p.stats.reduce((a, s) => a + s.refreshes, 0) / AGENTS,
        customerServiceChangeEvents: csChanges,
      };
    });
    const result = { at: new Date().toISOString(), machine: `${os.cpus().length} cores, shared`, database: PG ? "PostgreSQL" : "PGlite (embedded)", instances: INSTANCES, ingestOnlyCpuCores: ingest.cpu / ingest.elapsed,
      ingestOnlyAckP50Ms: ingest.ackP50, ingestOnlyAckP95Ms: ingest.ackP95, phases: report,
      ratios: { cpuPerAgent: report[1]!.fanoutCpuPerAgentCores / report[0]!.fanoutCpuPerAgentCores, bytes: report[1]!.bytesPerAgentPerSecond / report[0]!.bytesPerAgentPerSecond,
        p95: report[1]!.latencyP95Ms / report[0]!.latencyP95Ms } };
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path.join(OUT, `live-bench${PG ? "-pg" : ""}.json`), JSON.stringify(result, null, 2));
    const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
    const md = [
      `# bench:live — ${result.at} (${result.machine}: compare ratios, not absolutes)`, "",
      `${PG ? `PostgreSQL, ${INSTANCES} app instance(s) (agents spread over them, webhooks to the first; PostgreSQL's own CPU not counted)` : "Embedded PGlite, one app process"}; ${AGENTS} agents (CS agents: ${agents.filter((a) => a.role === "CUSTOMER_SERVICE").length}), ${RATE} signed webhook comments/s for ${SECONDS} s per phase; ingest-only app CPU ${f(result.ingestOnlyCpuCores, 2)} core, webhook ack p50/p95 ${f(ingest.ackP50)}/${f(ingest.ackP95)} ms.`, "",
      "| approach | webhook ack p95 ms | p50 ms | p95 ms | after ack p50/p95 ms | seen/expected | app CPU (cores) | fan-out CPU (cores) | CPU per agent (cores) | bytes/agent/s | refreshes/agent | CS change events |",
      "|---|---|---|---|---|---|---|---|---|---|---|---|",
      ...report.map((r) => `| ${r.phase} | ${f(r.webhookAckP95Ms)} | ${f(r.latencyP50Ms)} | ${f(r.latencyP95Ms)} | ${f(r.afterAckP50Ms)}/${f(r.afterAckP95Ms)} | ${r.sightings}/${r.expectedSightings} | ${f(r.appCpuCores, 2)} | ${f(r.fanoutCpuCores, 3)} | ${f(r.fanoutCpuPerAgentCores, 4)} | ${f(r.bytesPerAgentPerSecond)} | ${f(r.refreshesPerAgent)} | ${r.customerServiceChangeEvents} |`),
      "", `Full refresh ÷ live: CPU per agent ×${f(result.ratios.cpuPerAgent, 1)}, bytes ×${f(result.ratios.bytes, 1)}, p95 ×${f(result.ratios.p95, 1)}.`, "",
    ].join("\n");
    writeFileSync(path.join(OUT, `live-bench${PG ? "-pg" : ""}.md`), md);
    console.log(md);
  } finally {
    stop();
    graph.close();
    if (PG) {
      await sleep(1_000);
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
