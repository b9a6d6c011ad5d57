// `npm run worker`: runs the job workers (ingestion of the webhook log, delivery, polling, sweeps) in their own process, for deployments on
// PostgreSQL (set RUN_JOBS=false on the app instances). Several workers may run: each delivery is claimed
// atomically, so none is sent twice.
import { loadEnv } from "../config/env";
import { openDatabase } from "../db/open-database";
import { startBoss } from "../jobs/boss";
import { openJobLeases } from "../jobs/job-leases";
import { registerWorkers } from "../jobs/workers";
import { startIngestLoop } from "../ingest/ingest-loop";
import { surviveConnectionLoss } from "../jobs/survive-connection-loss";

async function main() {
  surviveConnectionLoss();
  const env = loadEnv();
  if (!env.DATABASE_URL) {
    throw new Error("npm run worker needs DATABASE_URL: with the embedded database, jobs run inside the app.");
  }
  const db = await openDatabase({ url: env.DATABASE_URL, migrationUrl: env.DATABASE_MIGRATION_URL, dataDir: env.dataDir });
  const boss = await startBoss(db);
  const leases = await openJobLeases(db);
  await registerWorkers(boss, db.prisma, { leases });
  const ingest = startIngestLoop(db);
  const stop = async () => {
    await ingest.stop();
    await boss.stop({ graceful: true, wait: true });
    await leases.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`Worker ${process.pid} running (ingestion of the webhook log, delivery, polling, sweeps).`);
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
