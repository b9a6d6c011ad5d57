// The ingestion loop of one process (the app in embedded mode or with RUN_JOBS, each `npm run worker`):
// processes the delivery log for as long as there is work, and otherwise sleeps until a webhook is appended
// (in this process: an in-memory signal; in another: NOTIFY raw_deliveries) or IDLE_POLL_MS passes (a lost
// notification, a retry coming due). Database errors (a restart, a failover) are logged and retried with
// backoff: the loop never dies on its own.
import pg from "pg";
import { monotonicClock, sleepOn, type Clock } from "../clock";
import type { Database } from "../db/open-database";
import { log } from "../log";
import { deliverySignal, letAcksGoFirst, yieldToAcks } from "../webhooks/delivery-signal";
import { afterIngestSettled } from "./after-ingest";
import { processDeliveries } from "./process-deliveries";

const IDLE_POLL_MS = 500;
// A batch costs this process a fixed ~7 ms of CPU whatever its size (bench:ingest:profile on PostgreSQL: 10 ms
// per event in batches of 1, 5 in batches of 3, 1.8 in batches of 30, 0.7 in batches of 300). At a steady
// trickle (50 comments/s) the loop used to take them one at a time and spent most of a core on it. So after a
// partial batch the next claim starts no sooner than LINGER_MS after the previous one: a lone comment is still
// taken at once (the claim before it found nothing), a trickle is taken a few at a time, and a backlog (full
// batches) never waits.
const LINGER_MS = 40;
const MAX_BACKOFF_MS = 10_000;

export interface IngestLoop {
  stop(): Promise<void>;
  /** Resolves once the loop sleeps with no post-commit work left (tests: "everything received is processed"). */
  idle(): Promise<void>;
}

/** `clock`: the linger's time (tests pass a fake one to step through it); the real monotonic clock by default. */
export function startIngestLoop(
  db: Database,
  opts: { batchSize?: number; idlePollMs?: number; lingerMs?: number; clock?: Clock } = {},
): IngestLoop {
  // PGlite has one connection: smaller batches keep webhook INSERTs from waiting long behind a batch.
  const limit = opts.batchSize ?? (db.kind === "pglite" ? 50 : 300);
  const idleMs = opts.idlePollMs ?? IDLE_POLL_MS;
  const lingerMs = opts.lingerMs ?? LINGER_MS;
  const clock = opts.clock ?? monotonicClock;
  let stopped = false;
  let woken = false;
  let wake: (() => void) | null = null;
  const onSignal = () => {
    woken = true;
    wake?.();
  };
  // Embedded: webhooks are acknowledged before a batch or its after-work takes PGlite (delivery-signal.ts).
  const acksFirst = db.kind === "pglite";
  if (acksFirst) letAcksGoFirst(true);

  deliverySignal.on("appended", onSignal);
  const unlisten = listen(db, onSignal);

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      if (woken || stopped) return resolve();
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wake = null;
        resolve();
      }
      wake = done;
    });

  // On a server the post-commit work of a batch (after-ingest handlers) runs while the next batch is stored,
  // on other connections; at most one batch's work waits, so the handlers never fall behind without bound.
  // PGlite has one connection: nothing to overlap.
  const pipeline = db.kind === "postgres";
  let pendingAfter: Promise<void> = Promise.resolve();
  let busy = true;
  const running = (async () => {
    let failures = 0;
    let lastClaim = { at: 0, claimed: 0 };
    while (!stopped) {
      woken = false;
      busy = true;
      try {
        const lingered = lastClaim.at + lingerMs - clock.now();
        if (lastClaim.claimed > 0 && lastClaim.claimed < limit && lingered > 0) await sleepOn(clock, lingered);
        await yieldToAcks();
        const claimAt = clock.now();
        const r = await processDeliveries(db.prisma, { limit, deferAfterBatch: true });
        lastClaim = { at: claimAt, claimed: r.claimed };
        failures = 0;
        await pendingAfter;
        pendingAfter = (pipeline ? r.after() : yieldToAcks().then(r.after))
          .catch((err: unknown) => log.warn("ingest.after_batch_failed", { message: (err as Error).message }));
        if (!pipeline) await pendingAfter;
        if (r.claimed > 0) continue;
        await pendingAfter;
        busy = false;
        await sleep(idleMs);
      } catch (err) {
        failures++;
        log.warn("ingest.loop_error", { failures, message: (err as Error).message.split("\n").pop() });
        woken = false;
        await sleep(Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(failures, 6)));
      }
    }
    await pendingAfter;
    await afterIngestSettled();
  })();

  return {
    async idle() {
      while (busy && !stopped) await new Promise((r) => setTimeout(r, 10));
      await pendingAfter;
      await afterIngestSettled();
    },
    async stop() {
      stopped = true;
      if (acksFirst) letAcksGoFirst(false);
      wake?.();
      deliverySignal.off("appended", onSignal);
      await running;
      await unlisten();
    },
  };
}

/** NOTIFY raw_deliveries from other processes. Best effort: the idle poll covers a lost connection. */
function listen(db: Database, onNotify: () => void): () => Promise<void> {
  if (db.kind === "pglite") {
    // Same process, same database: the in-memory signal already covers every INSERT made through this app.
    return async () => undefined;
  }
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async () => {
    if (closed) return;
    const c = new pg.Client({ connectionString: db.url });
    c.on("notification", onNotify);
    c.on("error", (err) => {
      log.warn("ingest.listen_lost", { message: err.message });
      client = null;
      setTimeout(() => void connect().catch(() => undefined), 1_000);
    });
    try {
      await c.connect();
      await c.query("LISTEN raw_deliveries");
      client = c;
    } catch (err) {
      log.warn("ingest.listen_failed", { message: (err as Error).message });
      await c.end().catch(() => undefined);
      setTimeout(() => void connect().catch(() => undefined), 1_000);
    }
  };
  void connect();
  return async () => {
    closed = true;
    await client?.end().catch(() => undefined);
  };
}
