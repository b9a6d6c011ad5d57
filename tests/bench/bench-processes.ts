// Processes the ingest benchmarks start (ingest-bench.ts, scale-bench.ts): the BUILT app on a port, a
// `npm run worker`, a load phase in a process of its own (tests/bench/ingest-load.ts, so the sender does not share
// the measured server's CPU budget with it), and a statement as the PostgreSQL admin.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { SERVER_ENV_DEFAULTS, serverArgv } from "../../lib/cli/server-process";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const ADMIN = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const PAGE_ID = "100000000000777";
export const SECRET = "bench-app-secret";

export function load(opts: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "tests/bench/ingest-load.ts", JSON.stringify(opts)], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(`load ${String(opts.phase)} exited ${code}`))));
  });
}

export async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function startApp(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : [];
  const app = spawn(process.execPath, serverArgv(port, "127.0.0.1", prof), {
    cwd: ROOT, env: { ...SERVER_ENV_DEFAULTS, ...process.env, ...env, PORT: String(port), NEXTAUTH_URL: `http://127.0.0.1:${port}`, DEMO_PASSWORD: "bench-password", SEED_DEMO: "true", CONNECTOR_ALLOW_PRIVATE_URLS: "true" }, stdio: "ignore",
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const s = await fetch(`http://127.0.0.1:${port}/signin`).then((r) => r.status, () => 0);
    if (s === 200) return app;
    if (Date.now() > deadline || app.exitCode !== null) throw new Error("the app did not start (did you run `npx next build`?)");
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * A `npm run worker` as one process (`node --import tsx`, not tsx's launcher and the node it starts): its memory
 * is its own, BENCH_CPU_PROF profiles the worker itself, and a signal reaches it.
 */
export function startWorker(env: Record<string, string>): ChildProcess {
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_CPU_PROF] : [];
  return spawn(process.execPath, [...prof, "--import", "tsx", "lib/cli/worker.ts"], { cwd: ROOT, env: { ...process.env, ...env }, stdio: "ignore" });
}

/** Connects the bench's Facebook Page through the app's API; returns the lead's API token. */
export async function connectBenchPage(port: number, env: Record<string, string>): Promise<string> {
  const token = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli/token.ts", "--email", "lead@demo.test"], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" }).trim().split("\n").pop()!;
  const connect = await fetch(`http://127.0.0.1:${port}/api/v1/channels`, {
    method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ kind: "facebook_page", externalId: PAGE_ID, name: "Bench page", apiBaseUrl: "http://127.0.0.1:9", secrets: { appSecret: SECRET, pageAccessToken: "bench-token", verifyToken: "bench-verify" } }),
  });
  if (connect.status !== 201) throw new Error(`connect channel: ${connect.status} ${await connect.text()}`);
  return token;
}

/** Stops the given processes (SIGTERM, then SIGKILL after 2 s). */
export async function stopAll(children: (ChildProcess | null | undefined)[]) {
  for (const c of children) c?.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 2000));
  for (const c of children) if (c && c.exitCode === null) c.kill("SIGKILL");
}
