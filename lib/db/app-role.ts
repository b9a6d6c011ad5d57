// PostgreSQL roles (issue #11): migrations run as the schema's owner; the app and the workers connect as a role
// that owns no table, so it cannot DISABLE TRIGGER, TRUNCATE, ALTER or DROP the record — the append-only
// triggers hold whoever the app's code is tricked into running. The only objects that role creates and owns
// are pg-boss's queue tables (its own schema, "pgboss"), which is why it gets CREATE on the database.
import type { SqlRunner } from "./sql-runner";

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/**
 * Creates a login role with no special power, if it does not exist (roles are cluster-wide: never dropped
 * here, other databases may use it). Concurrent callers are serialised with an advisory lock.
 */
export async function ensureLoginRole(admin: SqlRunner, role: string, password?: string): Promise<void> {
  const pw = password ? ` PASSWORD ${quoteLiteral(password)}` : "";
  await admin.exec(`SELECT pg_advisory_lock(hashtext(${quoteLiteral(`inbox-role:${role}`)}));
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${quoteLiteral(role)}) THEN
    CREATE ROLE ${quoteIdent(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${pw};
  END IF;
END $$;
SELECT pg_advisory_unlock(hashtext(${quoteLiteral(`inbox-role:${role}`)}));`);
}

/**
 * Run as the owner after migrations: the app role may read and write rows (the triggers decide what may
 * change), but gets neither TRUNCATE nor ownership. DELETE is granted so the record's triggers answer with
 * their own message; the tables outside the record (rate limits) need it.
 */
export async function grantAppRole(owner: SqlRunner, role: string): Promise<void> {
  const [row] = await owner.query<{ db: string; owner: string }>(`SELECT current_database() AS db, current_user AS owner`);
  if (!row) throw new Error("no current database");
  if (row.owner === role) throw new Error(`The app role (${role}) must not be the role that runs the migrations.`);
  const r = quoteIdent(role);
  await owner.exec(`
GRANT CONNECT, CREATE ON DATABASE ${quoteIdent(row.db)} TO ${r};
GRANT USAGE ON SCHEMA public TO ${r};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
REVOKE INSERT, UPDATE, DELETE ON TABLE "_prisma_migrations" FROM ${r};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};`);
}

/** The user name of a postgresql:// URL. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
