// Job handlers: delivery of queued replies and of bans to the platforms (re-scheduled at the platform's reset
// time or the backoff on retryable errors), polling of connected channels, and the minute sweep that
// re-enqueues anything due (and releases the jobs of workers that died: ./job-leases).
import type PgBoss from "pg-boss";
import type { PrismaClient } from "../generated/prisma/client";
import { log } from "../log";
import { deliverMessage } from "../outbound/deliver-message";
import { sweepOutbox } from "../outbound/sweep-outbox";
import { runDeskSweep } from "../notifications/desk-sweep";
import { runTimeRules } from "../automation/run-time-rules";
import { pollChannel } from "../polling/poll-channel";
import { registerLeadJobs } from "../radar/lead-jobs";
import { LIVE_CHANNEL_KINDS } from "../connectors/platforms";
import { QUEUES } from "./boss";
import type { JobLeases } from "./job-leases";
import { banPayload, deliverPayload, pollPayload } from "./payloads";
import { applyBanOnPlatform, dueBans } from "../moderation/apply-ban-on-platform";

export function enqueuer(boss: PgBoss) {
  return async (messageId: string, startAfter?: Date) => {
    // singletonKey: at most one queued delivery job per message at a time.
    await boss.send(QUEUES.deliver, { messageId }, { singletonKey: messageId, ...(startAfter ? { startAfter } : {}) });
  };
}

export function banEnqueuer(boss: PgBoss) {
  return async (banId: string, startAfter?: Date) => {
    // singletonKey: at most one queued job per ban at a time.
    await boss.send(QUEUES.applyBan, { banId }, { singletonKey: banId, ...(startAfter ? { startAfter } : {}) });
  };
}

/** Queues whose jobs run under a lease (./job-leases): a dead worker's active job would block its key. */
const LEASED = [QUEUES.poll, QUEUES.deliver, QUEUES.applyBan];

export async function registerWorkers(
  boss: PgBoss,
  prisma: PrismaClient,
  opts: { pollingIntervalSeconds?: number; leases?: JobLeases } = {},
) {
  const enqueue = enqueuer(boss);
  const enqueueBan = banEnqueuer(boss);
  const interval = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 1 };
  const { leases } = opts;
  const leased = <T>(id: string, fn: () => Promise<T>) => (leases ? leases.hold(id, fn) : fn());
  // Jobs a killed process left active: fail them now, or they block their key (and the queue) until they expire.
  const releaseOrphans = async () => {
    if (!leases) return;
    for (const q of LEASED) await leases.releaseOrphans(boss, q).catch((err: unknown) => log.error("jobs.release_failed", { queue: q, error: String(err) }));
  };
  await releaseOrphans();

  await boss.work(QUEUES.deliver, { ...interval, batchSize: 1 }, ([job]) => leased(job!.id, async () => {
    const { messageId } = deliverPayload.parse(job!.data);
    const r = await deliverMessage(prisma, messageId);
    if (r.outcome === "retry") await enqueue(messageId, r.retryAt);
  }));

  await boss.work(QUEUES.applyBan, { ...interval, batchSize: 1 }, ([job]) => leased(job!.id, async () => {
    const { banId } = banPayload.parse(job!.data);
    const r = await applyBanOnPlatform(prisma, banId);
    if (r.outcome === "retry") await enqueueBan(banId, r.retryAt);
  }));

  await boss.work(QUEUES.poll, { ...interval, batchSize: 1 }, ([job]) => leased(job!.id, async () => {
    const { channelId } = pollPayload.parse(job!.data);
    await pollChannel(prisma, channelId);
  }));

  await boss.work(QUEUES.sweep, { pollingIntervalSeconds: 5, batchSize: 1 }, async () => {
    // A worker killed while the others run: its jobs are released within the minute.
    await releaseOrphans();
    for (const id of await sweepOutbox(prisma)) await enqueue(id);
    for (const id of await dueBans(prisma)) await enqueueBan(id);
    // Customer-service desk (issue 8): unanswered satisfaction checks, overdue follow-ups, SLA breaches.
    await runDeskSweep(prisma).catch((err: unknown) => log.error("jobs.desk_sweep_failed", { error: String(err) }));
    // Automation rules on time (issue #22): no first reply after N minutes, pending for N days, SLA at risk.
    await runTimeRules(prisma, enqueue).catch((err: unknown) => log.error("jobs.time_rules_failed", { error: String(err) }));
    const channels = await prisma.channel.findMany({
      where: { status: "ACTIVE", kind: { in: LIVE_CHANNEL_KINDS } },
      select: { id: true },
    });
    // No pg-boss retries for polls: the next minute's sweep is the retry, and the failure is on the channel.
    for (const c of channels) await boss.send(QUEUES.poll, { channelId: c.id }, { singletonKey: c.id, retryLimit: 0 });
  });
  await boss.schedule(QUEUES.sweep, "* * * * *");
  // SLA clocks, SLA breach alerts and incident suggestions (issue 10), every minute.
  await registerLeadJobs(boss, prisma);
  // Run the sweep once now: replies queued before a restart go out without waiting for the next minute.
  await boss.send(QUEUES.sweep, {});
  log.info("jobs.started", { queues: Object.values(QUEUES) });
}
