// `npm run bench:memory` (build first: `npx next build`): the resident memory of the default deployment as a
// new user gets it (issue #27). For embedded PGlite (a fresh DATA_DIR: first start, demo seeded; then a restart
// of that same directory) and for PostgreSQL (a fresh database on BENCH_PG_ADMIN_URL), it starts the built app
// as `npm start` does (`next start`, the launcher's environment), opens the sign-in page and a signed-in inbox,
// waits --settle seconds (default 60), then reads VmRSS of the server process and of each process of its tree.
// Baseline, measured in the same run: a bare Node.js HTTP server (what any Node service costs here).
// It measures, it does not judge: exit code 0 whatever the figures. Flags: --settle N, --only pglite|postgres.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { signInCookie } from "./live-agents";
import { processTree, rssMiB } from "./process-memory";
import { SERVER_ENV_DEFAULTS, serverArgv } from "../../lib/cli/server-process";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const SETTLE_S = Number(arg("--settle") ?? 60);
const ONLY = arg("--only");
const PORT = Number(process.env.BENCH_PORT ?? 3491);


async function startApp(env: Record<string, string>): Promise<ChildProcess> {
  // As lib/cli/start.ts runs it (its node options and environment defaults), minus the build check.
  const app = spawn(process.execPath, serverArgv(PORT, "127.0.0.1"), {
    cwd: ROOT, stdio: "ignore",
    env: { ...SERVER_ENV_DEFAULTS, ...process.env, ...env, PORT: String(PORT), NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, DEMO_PASSWORD: "bench-password" },
  });
  const deadline = Date.now() + 180_000;
  for (;;) {
    if ((await fetch(`http://127.0.0.1:${PORT}/signin`).then((r) => r.status, () => 0)) === 200) return app;
    if (Date.now() > deadline || app.exitCode !== null) throw new Error("the app did not start (did you run `npx next build`?)");
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function signedInInbox() {
  const base = `http://127.0.0.1:${PORT}`;
  const cookie = await signInCookie(base, "cm@demo.test", "bench-password");
  // Signed in only if the inbox itself answered (a signed-out request is redirected to /signin).
  const inbox = await fetch(`${base}/inbox`, { headers: { cookie } });
  const html = await inbox.text();
  if (new URL(inbox.url).pathname !== "/inbox" || !html.includes('data-testid="case-row"')) throw new Error(`not signed in: ${inbox.status} ${inbox.url}`);
  return inbox.status;
}

async function measure(label: string, env: Record<string, string>) {
  const app = await startApp(env);
  try {
    const inbox = await signedInInbox();
    await new Promise((r) => setTimeout(r, SETTLE_S * 1000));
    const procs = processTree(app.pid!).map((p) => ({ ...p, rss: rssMiB(p.pid) }));
    const server = procs.find((p) => /next-server|next start|next/.test(p.name) && p.pid !== app.pid) ?? procs[0]!;
    return { label, inboxStatus: inbox, serverMiB: Math.max(...procs.map((p) => p.rss)), treeMiB: procs.reduce((s, p) => s + p.rss, 0), procs, server: server.name };
  } finally {
    app.kill("SIGTERM");
    await new Promise((r) => app.once("exit", r));
  }
}

async function bareNodeBaseline(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "require('node:http').createServer((q,s)=>s.end('ok')).listen(0,'127.0.0.1');"], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 1500));
  const rss = rssMiB(child.pid);
  child.kill();
  return rss;
}

const adminQuery = async (sql: string) => {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
};

const results: Awaited<ReturnType<typeof measure>>[] = [];
const baseline = await bareNodeBaseline();
if (ONLY !== "postgres") {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-memory-pglite-"));
  results.push(await measure("PGlite, first start (demo seeded)", { DATA_DIR: dataDir }));
  results.push(await measure("PGlite, restart of that data directory", { DATA_DIR: dataDir }));
}
if (ONLY !== "pglite") {
  const db = `inbox_bench_memory_${process.pid}`;
  await adminQuery(`CREATE DATABASE ${db}`);
  try {
    const url = Object.assign(new URL(ADMIN), { pathname: `/${db}` }).toString();
    results.push(await measure("PostgreSQL, first start (demo seeded)", { DATABASE_URL: url, DATA_DIR: mkdtempSync(path.join(os.tmpdir(), "bench-memory-pg-")) }));
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}
console.log(`\nIdle resident memory, ${SETTLE_S} s after a signed-in inbox page (target: the server process ≤ 400 MiB)`);
console.log(`baseline, same run: a bare Node.js HTTP server ${baseline} MiB\n`);
console.log("| deployment | server process | whole tree | inbox page |\n|---|---|---|---|");
for (const r of results) console.log(`| ${r.label} | ${r.serverMiB} MiB ${r.serverMiB <= 400 ? "✔" : "✘"} | ${r.treeMiB} MiB | ${r.inboxStatus} |`);
for (const r of results) console.log(`\n${r.label}:\n${r.procs.map((p) => `  ${String(p.rss).padStart(5)} MiB  ${p.name}`).join("\n")}`);
