// One-time PostgreSQL setup (`npm run db:roles`, SECURITY.md): the schema owner that runs migrations, the app
// role that owns nothing, and the database owned by the former. Idempotent: run it again after changing
// passwords or on a new server. Never drops a role (roles are cluster-wide).
import pg from "pg";
import { ensureLoginRole, grantAppRole, quoteIdent, roleOfUrl } from "./app-role";
import { applyMigrations } from "./migrate";
import { poolRunner } from "./sql-runner";

export interface RoleSetup {
  /** A superuser or a role with CREATEROLE and CREATEDB (e.g. postgresql://postgres@host/postgres). */
  adminUrl: string;
  /** The schema owner: DATABASE_MIGRATION_URL. */
  ownerUrl: string;
  /** The app and workers: DATABASE_URL. */
  appUrl: string;
}

function dbOf(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

export async function setupDatabaseRoles(s: RoleSetup): Promise<{ database: string; owner: string; app: string; applied: string[] }> {
  const owner = roleOfUrl(s.ownerUrl);
  const app = roleOfUrl(s.appUrl);
  const database = dbOf(s.ownerUrl);
  if (!owner || !app || owner === app) throw new Error("The owner and the app need two different user names in their URLs.");
  if (database !== dbOf(s.appUrl)) throw new Error("DATABASE_MIGRATION_URL and DATABASE_URL must name the same database.");
  const admin = new pg.Pool({ connectionString: s.adminUrl, max: 1 });
  try {
    const sql = poolRunner(admin);
    await ensureLoginRole(sql, owner, decodeURIComponent(new URL(s.ownerUrl).password) || undefined);
    await ensureLoginRole(sql, app, decodeURIComponent(new URL(s.appUrl).password) || undefined);
    const exists = await sql.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [database]);
    if (exists.length === 0) await sql.exec(`CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(owner)}`);
    else await sql.exec(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${quoteIdent(owner)}`);
  } finally {
    await admin.end();
  }
  const ownerPool = new pg.Pool({ connectionString: s.ownerUrl, max: 1 });
  try {
    const sql = poolRunner(ownerPool);
    const applied = await applyMigrations(sql);
    await grantAppRole(sql, app);
    return { database, owner, app, applied };
  } finally {
    await ownerPool.end();
  }
}
