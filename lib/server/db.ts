// The process-wide database handle. Opened once (migrations applied, demo seeded on first start) and kept on
// globalThis so Next.js dev reloads reuse it instead of opening PGlite twice.
import "server-only";
import { loadEnv } from "../config/env";
import { openDatabase, type Database } from "../db/open-database";
import { demoPassword } from "../demo/demo-password";
import { DEMO_SLUG } from "../demo/demo-slug";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<Database>; __demoSeededNow?: boolean };

export function getDb(): Promise<Database> {
  g.__inboxDb ??= (async () => {
    const env = loadEnv();
    const db = await openDatabase({ url: env.DATABASE_URL, migrationUrl: env.DATABASE_MIGRATION_URL, dataDir: env.dataDir });
    if (env.SEED_DEMO === "true") {
      g.__demoSeededNow = (await db.prisma.workspace.count({ where: { slug: DEMO_SLUG } })) === 0;
      // Loaded only when seeding: the dataset and what replays it stay out of a server that does not seed.
      const { seedDemoWorkspace } = await import("../demo/seed-demo-workspace");
      await seedDemoWorkspace(db.prisma, { password: demoPassword().password });
    }
    return db;
  })();
  return g.__inboxDb;
}

/** True when this process created the demo workspace (first start): the only time its password is printed. */
export function demoSeededNow(): boolean {
  return g.__demoSeededNow === true;
}

export async function getPrisma() {
  return (await getDb()).prisma;
}
