// PostgreSQL roles (issue #11): migrations run as the schema's owner; the app and the workers connect as a role
// that owns no table, so it cannot DISABLE TRIGGER, TRUNCATE, ALTER or DROP the record — the append-only
// triggers hold whoever the app's code is tricked into running. The only objects that role creates and owns
// are pg-boss's queue tables, in a schema the owner creates for it ("pgboss"). It may create nothing else: with
// CREATE on the database it made a schema of look-alike functions to put first in its search_path (#20 item 2).
import { BOSS_SCHEMA } from "../jobs/boss-schema";
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
 * their own message; the tables outside the record (rate limits) need it. CREATE is taken back from older
 * installs (on the database) and from everyone on public (PostgreSQL before 15 granted it to PUBLIC; a REVOKE
 * the owner may not make there is only a warning). pg-boss's schema is created here, empty, for the app to
 * fill (lib/jobs/boss.ts); one the app created itself, before, is its own and is left alone.
 */
export async function grantAppRole(owner: SqlRunner, role: string): Promise<void> {
  const [row] = await owner.query<{ db: string; owner: string }>(`SELECT current_database() AS db, current_user AS owner`);
  if (!row) throw new Error("no current database");
  if (row.owner === role) throw new Error(`The app role (${role}) must not be the role that runs the migrations.`);
  const r = quoteIdent(role);
  await owner.exec(`
GRANT CONNECT ON DATABASE ${quoteIdent(row.db)} TO ${r};
REVOKE CREATE ON DATABASE ${quoteIdent(row.db)} FROM ${r};
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM ${r};
GRANT USAGE ON SCHEMA public TO ${r};
CREATE SCHEMA IF NOT EXISTS ${quoteIdent(BOSS_SCHEMA)};
DO $$ BEGIN
  IF (SELECT nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) FROM pg_namespace WHERE nspname = ${quoteLiteral(BOSS_SCHEMA)}) THEN
    GRANT USAGE, CREATE ON SCHEMA ${quoteIdent(BOSS_SCHEMA)} TO ${r};
  END IF;
END $$;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r};
REVOKE INSERT, UPDATE, DELETE ON TABLE "_prisma_migrations" FROM ${r};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r};`);
}

/** The user name of a postgresql:// URL. */
export function roleOfUrl(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
