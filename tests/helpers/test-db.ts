// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the
// PostgreSQL server named by TEST_PG_ADMIN_URL (dropped afterwards). The same tests run on both.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/open-database";

export interface TestDatabase extends Database {
  dispose(): Promise<void>;
}

export const onPostgres = Boolean(process.env.TEST_PG_ADMIN_URL);

export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = process.env.TEST_PG_ADMIN_URL;
  if (!admin) {
    const db = await openDatabase({ dataDir: "memory://" });
    return { ...db, dispose: () => db.close() };
  }
  const name = `inbox_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const db = await openDatabase({ url: url.toString(), dataDir: "unused" });
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
