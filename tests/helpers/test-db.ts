// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by TEST_PG_ADMIN_URL (dropped afterwards). The same tests run on both.
// On PostgreSQL the migrations run as the admin (the owner) and everything the tests drive — `prisma`, `sql`,
// `url` (workers) — connects as the app's role, TEST_PG_APP_ROLE (default inbox_test_app): a role that owns
// nothing, as in production (SECURITY.md). Roles are cluster-wide: created once, never dropped.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { ensureLoginRole } from "@/lib/db/app-role";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { poolRunner } from "@/lib/db/sql-runner";

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

export const onPostgres = Boolean(process.env.TEST_PG_ADMIN_URL);
export const TEST_APP_ROLE = process.env.TEST_PG_APP_ROLE ?? "inbox_test_app";

export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.TEST_PG_ADMIN_URL;
  if (!admin) {
    const db = await openDatabase({ dataDir: "memory://" });
    return { ...db, dispose: () => db.close() };
  }
  const name = `inbox_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const adminPool = new pg.Pool({ connectionString: admin, max: 1 });
  try {
    await ensureLoginRole(poolRunner(adminPool), TEST_APP_ROLE);
    await adminPool.query(`CREATE DATABASE ${name}`);
  } finally {
    await adminPool.end();
  }
  const ownerUrl = new URL(admin);
  ownerUrl.pathname = `/${name}`;
  const appUrl = new URL(ownerUrl);
  appUrl.username = TEST_APP_ROLE;
  appUrl.password = process.env.TEST_PG_APP_PASSWORD ?? "";
  const db = await openDatabase({ url: appUrl.toString(), migrationUrl: ownerUrl.toString(), dataDir: "unused" });
  return {
    ...db,
    async dispose() {
      await db.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * PostgreSQL: how many other sessions of this database wait on a lock right now, seen from `client`. Tests of a
 * race commit their side only once the other side waits on it; nothing announces that wait, so it is polled.
 */
export async function lockWaiters(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  );
  return rows[0]!.n;
}
