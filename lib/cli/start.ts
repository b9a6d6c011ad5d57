// `npm start`: builds the app when the build is missing or older than the sources, then serves it.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { loadEnv } from "../config/env";
import { NEXT_BIN, SERVER_ENV_DEFAULTS, serverArgv } from "./server-process";

const SOURCES = ["app", "components", "lib", "public", "instrumentation.ts", "next.config.js", "package.json"];

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of readdirSync(p)) {
    if (e === "generated" || e === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(p, e)));
  }
  return newest;
}

const env = loadEnv();
const buildId = path.join(".next", "BUILD_ID");
const stale = !existsSync(buildId) || SOURCES.some((s) => newestMtime(s) > statSync(buildId).mtimeMs);
if (stale) {
  console.log("Building the app (first start or sources changed)…");
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const host = env.HOSTNAME;
const childEnv = {
  ...SERVER_ENV_DEFAULTS,
  ...process.env,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${host === "0.0.0.0" ? "localhost" : host}:${env.PORT}`,
};
const child = spawn(process.execPath, serverArgv(env.PORT, host), {
  stdio: "inherit",
  env: childEnv,
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
