// Runs once when the Next.js server starts (instrumentation.ts): opens the database (migrations, demo seed),
// leaves a note in DATA_DIR so command-line tools can reach the running app, and says where to go.
import "server-only";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirSecret } from "../config/data-dir-secret";
import { loadEnv } from "../config/env";
import { DEMO_USERS } from "../demo/seed-demo-workspace";
import { getDb } from "./db";
import { getBoss } from "./jobs";

export async function bootApp(): Promise<void> {
  const env = loadEnv();
  const db = await getDb();
  await getBoss();
  const url = `http://${env.HOSTNAME === "0.0.0.0" ? "localhost" : env.HOSTNAME}:${env.PORT}`;
  if (db.kind === "pglite") {
    // The CLI cannot open PGlite while we hold it; it asks the app instead, proving it can read DATA_DIR.
    dataDirSecret("cli-secret");
    writeFileSync(path.join(env.dataDir, "app.json"), JSON.stringify({ url, pid: process.pid }) + "\n");
  }
  const lines = [
    "",
    `  Social Inbox is ready: ${url}`,
    `  Database: ${db.kind === "pglite" ? `embedded PGlite in ${env.dataDir}` : "PostgreSQL (DATABASE_URL)"}` +
      (db.appliedMigrations.length ? `, applied ${db.appliedMigrations.length} migration(s)` : ""),
  ];
  if (env.SEED_DEMO === "true") {
    lines.push(`  Demo sign-in (password: ${env.DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) lines.push(`    ${u.email.padEnd(18)} ${u.role.toLowerCase().replace("_", " ")}`);
  }
  console.log(lines.join("\n") + "\n");
}
