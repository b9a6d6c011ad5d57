// Issue #20 item 11: after a kill -9 during a burst, no channel poll ran until pg-boss expired the killed process's
// active poll job (~15 minutes): on the "stately" poll queue that dead job blocked its key, and the fetch of the
// oldest queued job with it. Here a worker takes a poll job and dies holding it (its pg-boss stopped without
// completing anything, its lease connection gone as a killed process's would be); a restarted worker must
// release it and poll within seconds. Waits are bounded waits for the effect, not sleeps.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES, startBoss } from "@/lib/jobs/boss";
import { openJobLeases } from "@/lib/jobs/job-leases";
import { registerWorkers } from "@/lib/jobs/workers";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { createTestDatabase, onPostgres, type TestDatabase } from "../../helpers/test-db";

let graph: FakeGraph;
let db: TestDatabase;
beforeAll(async () => {
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await graph?.close();
  await db?.dispose();
});

const jobState = async (id: string) =>
  (await db.sql.query<{ state: string }>("SELECT state::text AS state FROM pgboss.job WHERE id = $1", [id]))[0]?.state;

describe("a poll job left active by a dead worker", () => {
  it("is released when a worker starts, and the channel is polled again right away", async () => {
    const { channel } = await facebookChannelOn(db.prisma, graph);
    // The worker that will die: it takes the channel's poll and is killed while its handler runs.
    const dead = await startBoss(db);
    const deadLeases = await openJobLeases(db);
    await dead.send(QUEUES.poll, { channelId: channel.id }, { singletonKey: channel.id, retryLimit: 0 });
    const [job] = await dead.fetch(QUEUES.poll);
    const orphan = job!.id;
    let leased!: () => void;
    const inHandler = new Promise<void>((r) => (leased = r));
    void deadLeases.hold(orphan, () => (leased(), new Promise<never>(() => {})));
    await inHandler;
    // The minute sweep queues the channel's next poll behind it, as it did during the 16 minutes.
    await dead.send(QUEUES.poll, { channelId: channel.id }, { singletonKey: channel.id, retryLimit: 0 });
    // kill -9: nothing completes or fails the job, and the lease's connection (PostgreSQL) goes with the process.
    await dead.stop({ graceful: false, wait: true, timeout: 1_000 });
    await deadLeases.close();
    expect(await jobState(orphan)).toBe("active");
    expect((await db.prisma.channel.findUniqueOrThrow({ where: { id: channel.id } })).lastPollAt).toBeNull();

    // The restart. The grace that covers a job taken a moment ago (fetched, not yet leased) is 0 here: the
    // killed process took its job before the restart.
    const boss = await startBoss(db);
    const leases = await openJobLeases(db, { graceSeconds: 0 });
    try {
      await registerWorkers(boss, db.prisma, { pollingIntervalSeconds: 0.5, leases });
      expect(await jobState(orphan)).toBe("failed");
      const polled = await eventually(
        () => db.prisma.channel.findUniqueOrThrow({ where: { id: channel.id } }),
        (c) => c.lastPollAt !== null,
        30_000,
      );
      expect(polled.lastError).toBeNull();
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      await leases.close();
    }
  }, 120_000);

  it("a job whose worker is alive is left alone", async () => {
    const holder = await openJobLeases(db, { graceSeconds: 0 });
    // On PostgreSQL the checker is another process's lease connection; embedded there is only one process.
    const checker = onPostgres ? await openJobLeases(db, { graceSeconds: 0 }) : holder;
    const boss = await startBoss(db);
    try {
      // Nothing works this queue here: the job only has to be active.
      await boss.send(QUEUES.poll, { channelId: "lease-test" }, { singletonKey: "lease-test", retryLimit: 0 });
      const [job] = await boss.fetch(QUEUES.poll);
      let finish!: () => void;
      const running = holder.hold(job!.id, () => new Promise<void>((r) => (finish = r)));
      await eventually(async () => finish, (f) => f !== undefined, 5_000); // the lease is taken
      expect(await checker.releaseOrphans(boss, QUEUES.poll)).not.toContain(job!.id);
      expect(await jobState(job!.id)).toBe("active");
      finish();
      await running;
      expect(await checker.releaseOrphans(boss, QUEUES.poll)).toContain(job!.id); // its worker let go without completing it
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
      await holder.close();
      if (checker !== holder) await checker.close();
    }
  }, 120_000);
});
