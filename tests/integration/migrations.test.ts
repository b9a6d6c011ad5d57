import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

describe("migrations", () => {
  it("applied every committed migration, recorded in Prisma's history table", async () => {
    const committed = readMigrations().map((m) => m.name);
    expect(committed.length).toBeGreaterThanOrEqual(2);
    expect(db.appliedMigrations).toEqual(committed);
    const rows = await db.sql.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is a no-op the second time", async () => {
    expect(await applyMigrations(db.sql)).toEqual([]);
  });

  // New migrations are applied by the schema owner; on PostgreSQL the app role (db.sql) could not.
  it("applies a new migration, and refuses one edited after it was applied", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migs-"));
    for (const m of readMigrations()) {
      mkdirSync(path.join(dir, m.name));
      writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql);
    }
    const extra = path.join(dir, "29990101000000_extra");
    mkdirSync(extra);
    writeFileSync(path.join(extra, "migration.sql"), `CREATE TABLE "extra_probe" (id int);`);
    expect(await applyMigrations(db.migrationSql, dir)).toEqual(["29990101000000_extra"]);
    writeFileSync(path.join(extra, "migration.sql"), `CREATE TABLE "extra_probe" (id bigint);`);
    await expect(applyMigrations(db.migrationSql, dir)).rejects.toThrow(/changed after it was applied/);
  });

  it("rolls back a failing migration completely", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migs-bad-"));
    for (const m of readMigrations()) {
      mkdirSync(path.join(dir, m.name));
      writeFileSync(path.join(dir, m.name, "migration.sql"), m.sql);
    }
    mkdirSync(path.join(dir, "29990101000001_bad"));
    writeFileSync(path.join(dir, "29990101000001_bad", "migration.sql"), `CREATE TABLE half_done (id int);\nSELECT * FROM no_such_table;`);
    await expect(applyMigrations(db.migrationSql, dir)).rejects.toThrow(/29990101000001_bad failed/);
    const t = await db.sql.query(`SELECT to_regclass('half_done') AS t`);
    expect((t[0] as { t: unknown }).t).toBeNull();
  });
});
