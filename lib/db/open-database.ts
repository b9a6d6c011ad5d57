// Opens the app's database: embedded PGlite under DATA_DIR by default, a PostgreSQL server when DATABASE_URL
// is set. Both get the same migrations, applied here before anything else touches the schema.
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../generated/prisma/client";
import { log } from "../log";
import { grantAppRole, roleOfUrl } from "./app-role";
import { applyMigrations } from "./migrate";
import { openPglite } from "./pglite";
import { pgliteRunner, poolRunner, type SqlRunner } from "./sql-runner";

export interface Database {
  kind: "pglite" | "postgres";
  prisma: PrismaClient;
  /** Raw SQL outside Prisma (migrations, LISTEN/NOTIFY helpers, benchmarks). */
  sql: SqlRunner;
  /** Raw SQL as the role that runs migrations (the schema owner); the same as `sql` without a separate owner. */
  migrationSql: SqlRunner;
  /** Only in embedded mode: the PGlite instance (jobs and the socket server run on it). */
  pglite?: PGlite;
  /** Only with a server: the connection string. */
  url?: string;
  appliedMigrations: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgresql:// URL; when absent, PGlite in `dataDir` ("memory://" for an in-memory database). */
  url?: string;
  /**
   * postgresql:// URL of the schema owner (DATABASE_MIGRATION_URL). When given, migrations run as that role and
   * the role of `url` is granted row access only (lib/db/app-role.ts): the app cannot drop or disable anything.
   */
  migrationUrl?: string;
  dataDir: string;
  migrate?: boolean;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: 10 });
    // An idle connection dropped by the server (restart, failover) must not crash the process: the pool
    // replaces it on the next query.
    pool.on("error", (err) => log.warn("db.pool_error", { message: err.message }));
    const sql = poolRunner(pool);
    const ownerPool = opts.migrationUrl && opts.migrationUrl !== opts.url
      ? new pg.Pool({ connectionString: opts.migrationUrl, max: 2 })
      : undefined;
    ownerPool?.on("error", (err) => log.warn("db.pool_error", { message: err.message }));
    const migrationSql = ownerPool ? poolRunner(ownerPool) : sql;
    let appliedMigrations: string[] = [];
    if (opts.migrate !== false) {
      appliedMigrations = await applyMigrations(migrationSql);
      if (ownerPool) await grantAppRole(migrationSql, roleOfUrl(opts.url));
    }
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    return {
      kind: "postgres",
      prisma,
      sql,
      migrationSql,
      url: opts.url,
      appliedMigrations,
      async close() {
        await prisma.$disconnect();
        if (!pool.ended) await pool.end();
        if (ownerPool && !ownerPool.ended) await ownerPool.end();
      },
    };
  }
  const { db, release } = await openPglite(opts.dataDir);
  const sql = pgliteRunner(db);
  const appliedMigrations = opts.migrate === false ? [] : await applyMigrations(sql);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
  return {
    kind: "pglite",
    prisma,
    sql,
    migrationSql: sql,
    pglite: db,
    appliedMigrations,
    async close() {
      await prisma.$disconnect();
      await db.close();
      release();
    },
  };
}
