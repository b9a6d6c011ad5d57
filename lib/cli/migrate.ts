// `npm run db:migrate`: applies committed migrations to the configured database (the app also does this
// on every start).
import { loadEnv } from "../config/env";
import { openDatabase } from "../db/open-database";

async function main() {
  const env = loadEnv();
  const db = await openDatabase({ url: env.DATABASE_URL, migrationUrl: env.DATABASE_MIGRATION_URL, dataDir: env.dataDir });
  await db.close();
  const target = env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite in ${env.dataDir}`;
  console.log(
    db.appliedMigrations.length
      ? `Applied to ${target}:\n${db.appliedMigrations.map((m) => `  ${m}`).join("\n")}`
      : `${target} is up to date.`,
  );
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
