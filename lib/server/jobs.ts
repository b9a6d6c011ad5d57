// The app process's job runtime. Embedded (PGlite) it always runs the workers in-process; with PostgreSQL
// it does too unless RUN_JOBS=false, for deployments that run `npm run worker` processes instead.
import "server-only";
import type PgBoss from "pg-boss";
import { loadEnv } from "../config/env";
import { QUEUES, startBoss } from "../jobs/boss";
import { openJobLeases } from "../jobs/job-leases";
import { banEnqueuer, enqueuer, registerWorkers } from "../jobs/workers";
import { startIngestLoop } from "../ingest/ingest-loop";
import { getDb } from "./db";

const g = globalThis as typeof globalThis & { __inboxBoss?: Promise<PgBoss> };

export function getBoss(): Promise<PgBoss> {
  g.__inboxBoss ??= (async () => {
    const db = await getDb();
    const boss = await startBoss(db);
    if (db.kind === "pglite" || loadEnv().RUN_JOBS === "true") {
      await registerWorkers(boss, db.prisma, { leases: await openJobLeases(db) });
      // Webhooks are acknowledged once logged; this process also ingests the log (see lib/ingest/ingest-loop.ts).
      startIngestLoop(db);
    }
    return boss;
  })();
  return g.__inboxBoss;
}

export async function enqueueDelivery(messageId: string, startAfter?: Date): Promise<void> {
  await enqueuer(await getBoss())(messageId, startAfter);
}

/** Blocks a committed ban's author on the platform (lib/moderation/apply-ban-on-platform.ts). */
export async function enqueueBan(banId: string): Promise<void> {
  await banEnqueuer(await getBoss())(banId);
}

/** A first poll right away (the backfill), then the minute sweep keeps polling. */
export async function enqueuePoll(channelId: string): Promise<void> {
  await (await getBoss()).send(QUEUES.poll, { channelId }, { singletonKey: channelId, retryLimit: 0 });
}
