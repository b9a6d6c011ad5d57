// Runs once when the Next.js server starts (instrumentation.ts): opens the database (migrations, demo seed),
// leaves a note in DATA_DIR so command-line tools can reach the running app, and says where to go.
import "server-only";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirSecret } from "../config/data-dir-secret";
import { loadEnv } from "../config/env";
import { demoPassword } from "../demo/demo-password";
import { DEMO_USERS } from "../demo/seed-demo-workspace";
import { issueSetupToken } from "../setup/setup-token";
import { demoSeededNow, getDb } from "./db";
import { getBoss } from "./jobs";
import { startWebhookListener } from "../webhooks/webhook-listener";

export async function bootApp(): Promise<void> {
  const env = loadEnv();
  const db = await getDb();
  await getBoss();
  const url = `http://${env.HOSTNAME === "0.0.0.0" ? "localhost" : env.HOSTNAME}:${env.PORT}`;
  const publicUrl = (process.env.NEXTAUTH_URL ?? url).replace(/\/+$/, "");
  const webhooks = env.WEBHOOK_PORT ? await startWebhookListener(db, { port: env.WEBHOOK_PORT, host: env.HOSTNAME }) : null;
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
  if (webhooks) lines.push(`  Platform webhooks also on ${webhooks.url}/api/webhooks/{facebook,instagram,x} (WEBHOOK_PORT)`);
  if (env.SEED_DEMO === "true") {
    // The password is shown once, when the demo is created; a generated one stays in DATA_DIR/demo-password.
    const { password, generated } = demoPassword();
    const shown = demoSeededNow() ? password : generated ? `see ${path.join(env.dataDir, "demo-password")}` : "DEMO_PASSWORD";
    lines.push(`  Demo workspace (SEED_DEMO=false to start without it). Sign in with password: ${shown}`);
    for (const u of DEMO_USERS) lines.push(`    ${u.email.padEnd(18)} ${u.role.toLowerCase().replace("_", " ")}`);
  } else {
    const token = await issueSetupToken(db.prisma);
    if (token) lines.push("  First run: open this one-time link to create your workspace and its admin (valid 24 h):", `    ${publicUrl}/setup?token=${token}`);
  }
  console.log(lines.join("\n") + "\n");
}
