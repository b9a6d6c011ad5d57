// Secrets an embedded install should not have to ask for: generated once into DATA_DIR (mode 0600) and
// reused. Environment variables take precedence where the caller offers one.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadEnv } from "./env";

export function dataDirSecret(name: string, bytes = 32): string {
  const dir = loadEnv().dataDir;
  const file = path.join(dir, name);
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const value = randomBytes(bytes).toString("base64");
  try {
    writeFileSync(file, value + "\n", { mode: 0o600, flag: "wx" });
    return value;
  } catch (err) {
    // Another process created it between our check and our write: theirs wins.
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(file, "utf8").trim();
    throw err;
  }
}
