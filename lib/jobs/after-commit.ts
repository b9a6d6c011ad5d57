// The one way a use case hands work to jobs (delivery, bans, polls, e-mails) once its change is committed
// (docs/ARCHITECTURE.md § After commit). Whichever edge calls the use case — API route, server action, bulk — the
// same work follows, because the use case itself asks for it, not the edge.
//
// Contract:
// - A use case writes in `transactionThen(prisma, (tx, afterCommit) => …)`. Anything inside, helpers included
//   (e.g. the satisfaction question written by lib/resolution/open-confirmation.ts), calls
//   `afterCommit(what, work)`; the work runs only once the transaction has committed, in the order added. A
//   transaction that throws or rolls back runs none of it.
// - A failure of one piece is logged and does not fail the use case nor stop the next piece: the change is
//   committed, and the user must not be told otherwise. So only work that cannot be lost goes here: its row is
//   durable (a QUEUED message, a PENDING ban, an ACTIVE channel) and the minute sweep (lib/jobs/workers.ts:
//   sweepOutbox, dueBans, the poll of every channel) hands it to a job again; or it is best-effort by design (an
//   e-mail, whose in-app notification is the record).
// - Jobs are reached through ports passed in by the edge, like the database: lib/server/jobs.ts for the app
//   (pg-boss), real enqueuers in tests, or `leaveToSweep` where nothing should be enqueued now (scripts, tests).
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { log } from "../log";

/** Schedules `work` to run after the surrounding transaction commits. `what` names it in the log if it fails. */
export type AfterCommit = (what: string, work: () => Promise<unknown>) => void;

/** Ports to the job queue (lib/server/jobs.ts implements them with pg-boss). */
export type EnqueueDelivery = (messageId: string, startAfter?: Date) => Promise<void>;
export type EnqueueBan = (banId: string) => Promise<void>;
export type EnqueuePoll = (channelId: string) => Promise<void>;

/** Enqueues nothing: the minute sweep finds the durable row and hands it to a job within the minute. */
export const leaveToSweep = async (): Promise<void> => undefined;

type Options = { maxWait?: number; timeout?: number };

/** One interactive transaction; the work its writes asked for runs after the commit (see the contract above). */
export async function transactionThen<T>(
  prisma: PrismaClient,
  write: (tx: Prisma.TransactionClient, afterCommit: AfterCommit) => Promise<T>,
  options?: Options,
): Promise<T> {
  const queued: { what: string; work: () => Promise<unknown> }[] = [];
  const result = await prisma.$transaction((tx) => write(tx, (what, work) => void queued.push({ what, work })), options);
  for (const { what, work } of queued) {
    try {
      await work();
    } catch (err) {
      log.warn("after_commit.failed", { what, error: String(err) });
    }
  }
  return result;
}
