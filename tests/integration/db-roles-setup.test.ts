// `npm run db:roles` on PostgreSQL: creates the owner and app roles and the database, migrates as the owner,
// and leaves the app role with rows only. Idempotent. Fixed role names (roles are cluster-wide and never
// dropped); a fresh database per run, dropped afterwards.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { setupDatabaseRoles } from "@/lib/db/setup-roles";
import { startBoss } from "@/lib/jobs/boss";
import { onPostgres } from "../helpers/test-db";

const admin = process.env.TEST_PG_ADMIN_URL ?? "";
const name = `inbox_roles_${process.pid}_${randomBytes(3).toString("hex")}`;
const urlAs = (user: string) => {
  const u = new URL(admin);
  u.username = user;
  u.pathname = `/${name}`;
  return u.toString();
};

describe.skipIf(!onPostgres)("npm run db:roles", () => {
  afterAll(async () => {
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });

  it("sets up owner and app, twice without harm, and the app cannot drop or disable anything", async () => {
    const setup = { adminUrl: admin, ownerUrl: urlAs("inbox_test_owner"), appUrl: urlAs("inbox_test_app") };
    const first = await setupDatabaseRoles(setup);
    expect(first.applied.length).toBeGreaterThan(3);
    expect((await setupDatabaseRoles(setup)).applied).toEqual([]);
    const db = await openDatabase({ url: setup.appUrl, migrationUrl: setup.ownerUrl, dataDir: "unused" });
    try {
      const [who] = await db.sql.query<{ u: string; owner: string }>(
        `SELECT current_user AS u, (SELECT tableowner FROM pg_tables WHERE tablename = 'cases') AS owner`,
      );
      expect(who).toEqual({ u: "inbox_test_app", owner: "inbox_test_owner" });
      await expect(db.sql.exec(`ALTER TABLE messages DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(db.sql.exec(`DROP TABLE audit_events`)).rejects.toThrow(/must be owner/);
      await expect(db.sql.exec(`TRUNCATE login_attempts`)).rejects.toThrow(/permission denied/);
      await expect(db.sql.exec(`CREATE TABLE public.sneaky (x int)`)).rejects.toThrow(/permission denied/);
      // #20 item 2: no schema of its own to shadow pg_catalog with; pg-boss still installs and runs in the one
      // the owner made for it.
      await expect(db.sql.exec(`CREATE SCHEMA sneaky`)).rejects.toThrow(/permission denied for database/);
      const boss = await startBoss(db);
      await boss.stop({ graceful: false, wait: true });
      const [jobs] = await db.sql.query<{ owner: string }>(`SELECT tableowner AS owner FROM pg_tables WHERE schemaname = 'pgboss' AND tablename = 'job'`);
      expect(jobs?.owner).toBe("inbox_test_app");
      await db.prisma.workspace.create({ data: { slug: "w", name: "W" } });
      expect(await db.prisma.workspace.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});
