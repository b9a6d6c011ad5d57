// pg-boss on the app's own database. On PostgreSQL it gets its own pool; on PGlite it runs through
// `db.executeSql`, where parameterless statements may hold several commands and must go through exec().
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Database } from "../db/open-database";
import { log } from "../log";

export const QUEUES = {
  deliver: "deliver-message",
  poll: "poll-channel",
  sweep: "sweep",
  applyBan: "apply-ban",
} as const;

/**
 * pg-boss 10 ignores singletonKey on "standard" queues (DESIGN §4): "stately" keeps at most one queued and one
 * active job per key, so two polls of one channel never overlap and one message has one delivery job in flight.
 */
const QUEUE_POLICY: Record<(typeof QUEUES)[keyof typeof QUEUES], "standard" | "stately"> = {
  "deliver-message": "stately",
  "poll-channel": "stately",
  sweep: "standard",
  "apply-ban": "stately",
};

function pgliteDb(pg: PGlite) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      // After shutdown pg-boss may still report a job it was fetching; the database is gone and so is the job's
      // outcome (it is retried on the next start), so answer nothing instead of an unhandled rejection.
      if (pg.closed) return { rows: [] };
      if (values && values.length > 0) return pg.query(text, values);
      const results = await pg.exec(text);
      return { rows: results[results.length - 1]?.rows ?? [] };
    },
  };
}

export async function startBoss(db: Database): Promise<PgBoss> {
  const boss =
    db.kind === "pglite"
      ? new PgBoss({ db: pgliteDb(db.pglite!) as never, schema: "pgboss" })
      : new PgBoss({ connectionString: db.url!, schema: "pgboss", max: 4 });
  boss.on("error", (err) => log.error("jobs.error", { message: (err as Error).message }));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    const policy = QUEUE_POLICY[name];
    const existing = await boss.getQueue(name);
    if (!existing) await boss.createQueue(name, { name, policy });
    // Queues created before policies were set were "standard": move them (pg-boss applies it to new jobs).
    else if (existing.policy !== policy) await boss.updateQueue(name, { name, policy });
  }
  return boss;
}
