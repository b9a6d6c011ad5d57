// Runs once when the Next.js server starts (instrumentation.ts): opens the database (migrations, demo seed),
// leaves a note in DATA_DIR so command-line tools can reach the running app, and says where to go.
import "server-only";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { dataDirSecret } from "../config/data-dir-secret";
import { loadEnv } from "../config/env";
import { demoPassword } from "../demo/demo-password";
import { DEMO_USERS } from "../demo/seed-demo-workspace";
import { issueSetupToken } from "../setup/setup-token";
import { demoSeededNow, getDb } from "./db";
import { getBoss } from "./jobs";
import { startWebhookListener } from "../webhooks/webhook-listener";

/**
 * How far V8 lets the old generation grow past what survived the last full collection before the next one, in
 * percent. Left to itself, with the multi-GiB heap limit it gives a server, it lets it grow up to 300 %: under
 * `bench:live`'s load the server kept 155-175 MiB live after a full collection in a 380-600 MiB heap, and
 * 570-910 MiB resident, slow to come down when idle (issue #27; measured with heap snapshots: no leak). At 30 %
 * (what V8 itself uses when it optimises for memory) the same load held 240-262 MiB of heap and 370-500 MiB
 * resident, for no measurable CPU. Unlike --max-old-space-size it caps nothing: a heap that must grow still can
 * (the live heap reaches about 210 MiB once every route's code is loaded). An operator's own
 * `node --heap-growing-percent=N` wins (0: V8's default). Not accepted in NODE_OPTIONS, hence set here.
 */
const HEAP_GROWING_PERCENT = 30;

export async function bootApp(): Promise<void> {
  if (!process.execArgv.some((a) => a.startsWith("--heap-growing-percent"))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
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
