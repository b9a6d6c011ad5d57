// A worker process must outlive a PostgreSQL restart. pg-boss 10.4 does not await complete()/fail() after a job
// handler returns (node_modules/pg-boss/src/manager.js, work → onFetch): when the server goes down at that moment
// the rejection is unhandled, and Node ends the process (seen in the "PostgreSQL restart under load" browser test:
// worker exit code 1 on "the database system is shutting down" from Manager.fail). What is lost is the job's
// outcome, not the job: it stays active, and a live worker's lease sweep (job-leases.ts releaseOrphans) hands it
// back for a retry; deliveries are claimed atomically, so a retry never sends twice.
// Contract: an unhandled rejection that is a lost database connection is logged and the process keeps running
// (every loop reconnects on its own); any other unhandled rejection is still fatal (logged, exit code 1).
import { log } from "../log";

const CONNECTION_CODES = new Set(["57P01", "57P02", "57P03", "08000", "08001", "08003", "08006", "ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);
const CONNECTION_MESSAGE = /connection terminated|terminating connection|the database system is (shutting down|starting up|in recovery mode)|connect ECONNREFUSED|Connection ended unexpectedly/i;

export function isConnectionLoss(err: unknown): boolean {
  const e = (err ?? {}) as { code?: unknown; message?: unknown };
  return (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) || (typeof e.message === "string" && CONNECTION_MESSAGE.test(e.message));
}

export function surviveConnectionLoss(): void {
  process.on("unhandledRejection", (err) => {
    if (isConnectionLoss(err)) {
      log.warn("jobs.connection_lost_unhandled", { message: (err as Error)?.message ?? String(err) });
      return;
    }
    log.error("process.unhandled_rejection", { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exit(1);
  });
}
