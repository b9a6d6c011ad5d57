// pg-boss on the app's own database. On PostgreSQL it gets its own pool; on PGlite it runs through
// `db.executeSql`, where parameterless statements may hold several commands and must go through exec().
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import type { Database } from "../db/open-database";
import { log } from "../log";
import { BOSS_SCHEMA } from "./boss-schema";

export const QUEUES = {
  deliver: "deliver-message",
  poll: "poll-channel",
  sweep: "sweep",
  applyBan: "apply-ban",
} as const;

/**
 * pg-boss 10 ignores singletonKey on "standard" queues (docs/ARCHITECTURE.md § Machine facts): "stately" keeps
 * at most one queued and one active job per key, so two polls of one channel never overlap and one message has
 * one delivery job in flight.
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

/**
 * pg-boss installs itself with CREATE SCHEMA IF NOT EXISTS, which PostgreSQL refuses to a role without CREATE on
 * the database even when the schema exists (the privilege is checked first). The app role has no such privilege
 * (#20 item 2): in the schema the owner made for it (lib/db/app-role.ts), run pg-boss's own construction script
 * without that one statement. Everywhere else (PGlite, a development role that owns the database) pg-boss
 * installs itself as usual.
 */
async function installInOwnersSchema(db: Database): Promise<void> {
  const [s] = await db.sql.query<{ schema: boolean; installed: boolean; create: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS schema,
            to_regclass('${BOSS_SCHEMA}.version') IS NOT NULL AS installed,
            has_database_privilege(current_database(), 'CREATE') AS create`,
    [BOSS_SCHEMA],
  );
  if (!s?.schema || s.installed || s.create) return;
  const createSchema = `CREATE SCHEMA IF NOT EXISTS ${BOSS_SCHEMA}`;
  const plan = PgBoss.getConstructionPlans(BOSS_SCHEMA);
  if (!plan.includes(createSchema)) throw new Error("pg-boss's construction script changed: review installInOwnersSchema");
  // The script takes an advisory lock: a second process starting at once waits, then finds the types there.
  await db.sql.exec(plan.replace(createSchema, "SELECT 1")).catch((err: Error) => {
    if (!err.message.includes("already exists")) throw err;
  });
}

export async function startBoss(db: Database): Promise<PgBoss> {
  if (db.kind === "postgres") await installInOwnersSchema(db);
  const boss =
    db.kind === "pglite"
      ? new PgBoss({ db: pgliteDb(db.pglite!) as never, schema: BOSS_SCHEMA })
      : new PgBoss({ connectionString: db.url!, schema: BOSS_SCHEMA, max: 4 });
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
