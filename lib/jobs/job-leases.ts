// Who is still working on an active job (issue #20 item 11). pg-boss 10 only learns that a worker died when the
// job expires (15 min by default), and on a "stately" queue that dead active job also blocks the next job of the
// same key — the fetch of the oldest queued job then fails the unique index, so after a kill -9 during a burst no
// channel poll ran for 16 minutes. Each job handler runs under a lease; a lease nobody holds any more marks an
// orphan, which is failed at start-up and by the minute sweep, so the queue moves on within a minute.
// On PostgreSQL a lease is a session advisory lock on a connection of the worker's own, which the server drops
// the moment the process dies; embedded (PGlite: one process by DATA_DIR's lock) it is this process's memory.
import pg from "pg";
import type PgBoss from "pg-boss";
import type { Database } from "../db/open-database";
import { log } from "../log";

/** A job taken less than this long ago may not have entered its handler (and its lease) yet. */
export const ORPHAN_GRACE_SECONDS = 5;
const LOCK_CLASS = 20_11; // advisory-lock namespace of job leases: (LOCK_CLASS, hashtext(job id))

export interface JobLeases {
  /** Runs a job's handler holding its lease. */
  hold<T>(jobId: string, fn: () => Promise<T>): Promise<T>;
  /** Fails the active jobs of `queue` whose lease nobody holds; returns their ids. */
  releaseOrphans(boss: PgBoss, queue: string): Promise<string[]>;
  close(): Promise<void>;
}

export async function openJobLeases(
  db: Pick<Database, "kind" | "sql" | "url">,
  opts: { graceSeconds?: number } = {},
): Promise<JobLeases> {
  const grace = opts.graceSeconds ?? ORPHAN_GRACE_SECONDS;
  const held = new Set<string>();
  const postgres = db.kind === "postgres";
  let closed = false;
  let conn: Promise<pg.Client> | null = null;
  // The lease connection, reopened after a loss. Its locks go with it: until then its jobs look orphaned to the
  // other workers and may run twice, which polls and deliveries tolerate (SECURITY.md).
  const connection = (): Promise<pg.Client> => {
    if (closed) return Promise.reject(new Error("job leases closed"));
    if (conn) return conn;
    const opening: Promise<pg.Client> = (async () => {
      const c = new pg.Client({ connectionString: db.url, application_name: "inbox-job-leases" });
      const drop = (err?: Error) => {
        if (err) log.error("jobs.leases_connection_lost", { message: err.message });
        if (conn === opening) conn = null;
      };
      c.on("error", drop);
      c.on("end", () => drop());
      await c.connect();
      return c;
    })();
    conn = opening;
    opening.catch(() => {
      if (conn === opening) conn = null;
    });
    return opening;
  };
  const query = async (sql: string, id: string) => (await connection()).query<{ ok?: boolean }>(sql, [LOCK_CLASS, id]);
  const lock = (fn: "pg_advisory_lock" | "pg_advisory_unlock", id: string) => query(`SELECT ${fn}($1, hashtext($2))`, id);
  const tryLock = async (id: string) => (await query("SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok", id)).rows[0]?.ok === true;

  /** Nobody holds the lease: not this process, and (PostgreSQL) no other session either. Throws if it cannot tell. */
  const isOrphan = async (id: string): Promise<boolean> => {
    if (held.has(id)) return false;
    if (!postgres) return true;
    if (!(await tryLock(id))) return false;
    await lock("pg_advisory_unlock", id);
    return true;
  };
  if (postgres) await connection();

  return {
    async hold(jobId, fn) {
      held.add(jobId);
      try {
        // Without its lease the job still runs: the worst case is another worker running it again.
        if (postgres) await lock("pg_advisory_lock", jobId).catch((err: Error) => log.warn("jobs.lease_unavailable", { message: err.message }));
        return await fn();
      } finally {
        held.delete(jobId);
        if (postgres) await lock("pg_advisory_unlock", jobId).catch(() => undefined);
      }
    },
    async releaseOrphans(boss, queue) {
      const active = await db.sql.query<{ id: string }>(
        `SELECT id::text AS id FROM pgboss.job WHERE name = $1 AND state = 'active' AND started_on < now() - make_interval(secs => $2)`,
        [queue, grace],
      );
      const orphans: string[] = [];
      for (const { id } of active) if (await isOrphan(id)) orphans.push(id);
      if (orphans.length) {
        for (const id of orphans) await boss.fail(queue, id, { message: "worker gone: released by a live worker" });
        log.warn("jobs.orphans_released", { queue, count: orphans.length });
      }
      return orphans;
    },
    async close() {
      closed = true;
      const c = await conn?.catch(() => null);
      conn = null;
      await c?.end().catch(() => undefined);
    },
  };
}
