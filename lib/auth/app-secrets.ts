// Secrets the app needs but an embedded install should not ask for: taken from the environment when set,
// otherwise generated once into DATA_DIR (file mode 0600) and reused.
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnv } from "../config/env";

export function fileSecret(name: string, bytes = 32): string {
  const dir = loadEnv().dataDir;
  const file = path.join(dir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const value = randomBytes(bytes).toString("base64");
  writeFileSync(file, value + "\n", { mode: 0o600, flag: "wx" });
  return value;
}

export function authSecret(): string {
  return loadEnv().NEXTAUTH_SECRET ?? fileSecret("auth-secret");
}
