// The process-wide database handle. Opened once (migrations applied, demo seeded on first start) and kept on
// globalThis so Next.js dev reloads reuse it instead of opening PGlite twice.
import "server-only";
import { loadEnv } from "../config/env";
import { openDatabase, type Database } from "../db/open-database";
import { seedDemoWorkspace } from "../demo/seed-demo-workspace";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<Database> };

export function getDb(): Promise<Database> {
  g.__inboxDb ??= (async () => {
    const env = loadEnv();
    const db = await openDatabase({ url: env.DATABASE_URL, migrationUrl: env.DATABASE_MIGRATION_URL, dataDir: env.dataDir });
    if (env.SEED_DEMO === "true") await seedDemoWorkspace(db.prisma, { password: env.DEMO_PASSWORD });
    return db;
  })();
  return g.__inboxDb;
}

export async function getPrisma() {
  return (await getDb()).prisma;
}
