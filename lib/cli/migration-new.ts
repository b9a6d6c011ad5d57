// `npm run db:migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the committed migrations to prisma/schema.prisma. Works offline: the committed migrations are
// applied to an in-memory PGlite and Prisma's WASM schema engine diffs that database against the schema.
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { applyMigrations, MIGRATIONS_DIR } from "../db/migrate";
import { openPglite } from "../db/pglite";
import { loadSchemaEngine } from "../db/schema-engine";
import { pgliteRunner } from "../db/sql-runner";

export async function diffMigrationsToSchema(schemaPath: string): Promise<string> {
  const { db } = await openPglite("memory://");
  await applyMigrations(pgliteRunner(db));
  const { SchemaEngine } = await loadSchemaEngine();
  const content = readFileSync(schemaPath, "utf8");
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(db) as never);
  const engine = await SchemaEngine.new({ datamodels: [[schemaPath, content]] }, () => undefined, factory);
  const files = [{ path: schemaPath, content }];
  const result = await engine.diff({
    from: { tag: "schemaDatasource", files, configDir: path.dirname(schemaPath) },
    to: { tag: "schemaDatamodel", files },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await db.close();
  return result.stdout ?? "";
}

export function isEmptyDiff(sql: string): boolean {
  return !sql.trim() || /^-- This is an empty migration/.test(sql.trim());
}

async function main() {
  const check = process.argv[2] === "--check";
  const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
  if (!name) throw new Error("usage: npm run db:migration:new -- <name>   (or --check to only compare)");
  const sql = await diffMigrationsToSchema(path.resolve("prisma/schema.prisma"));
  if (isEmptyDiff(sql)) {
    console.log("The schema matches the migrations: nothing to do.");
    return;
  }
  if (check) {
    console.log(`prisma/schema.prisma differs from the migrations:\n${sql}`);
    process.exit(1);
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
