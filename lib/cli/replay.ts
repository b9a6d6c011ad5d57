// `npm run replay -- --channel <id> --since <ISO time>`: re-runs ingestion of that channel's webhook deliveries
// from the raw log (idempotent). With DATABASE_URL or a stopped app it works on the database directly; while the
// app holds the embedded database it asks the running app (PGlite is one process's database, see
// docs/ARCHITECTURE.md § Database modes).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { loadEnv } from "../config/env";
import { openDatabase } from "../db/open-database";
import { DataDirLockedError } from "../db/pglite";
import { replayDeliveries, type ReplaySummary } from "../ingest/replay-deliveries";
import { replayInput } from "../ingest/schemas";

async function viaRunningApp(dataDir: string, input: { channelId: string; since: string }): Promise<ReplaySummary> {
  const { url } = JSON.parse(readFileSync(path.join(dataDir, "app.json"), "utf8")) as { url: string };
  const secret = readFileSync(path.join(dataDir, "cli-secret"), "utf8").trim();
  const res = await fetch(`${url}/api/internal/replay`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-cli-secret": secret },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { data?: ReplaySummary; error?: { message: string } };
  if (!res.ok || !body.data) throw new Error(body.error?.message ?? `The app answered ${res.status}.`);
  return body.data;
}

async function main() {
  const { values } = parseArgs({ options: { channel: { type: "string" }, since: { type: "string" } } });
  const raw = { channelId: values.channel ?? "", since: values.since ?? "" };
  const input = replayInput.parse(raw);
  const env = loadEnv();
  let summary: ReplaySummary;
  try {
    const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir });
    try {
      summary = await replayDeliveries(db.prisma, input);
    } finally {
      await db.close();
    }
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    summary = await viaRunningApp(env.dataDir, raw);
  }
  console.log(
    `Replayed ${summary.deliveries} deliveries: ${summary.stored} stored, ${summary.duplicates} already there, ` +
      `${summary.parked} parked, ${summary.failed.length} failed.`,
  );
  for (const f of summary.failed) console.log(`  delivery ${f.deliveryId}: ${f.reason}`);
  if (summary.failed.length) process.exit(2);
}

main().catch((err: unknown) => {
  console.error(err instanceof z.ZodError ? err.issues.map((i) => i.message).join("\n") : (err as Error).message);
  process.exit(1);
});
