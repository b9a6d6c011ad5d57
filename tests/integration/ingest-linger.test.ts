// A steady trickle of webhooks is ingested a few at a time, not one batch per webhook: every batch costs a
// fixed amount of CPU (lib/ingest/ingest-loop.ts, LINGER_MS), which at 50 comments/s used most of a core.
// The linger runs on a fake clock here, so the test checks the mechanism step by step — when the loop waits,
// what it takes after — whatever this machine's speed (issue 28); the figures belong to `npm run bench:ingest`.
// A batch marks its deliveries done with one processedAt, so one value shared by deliveries means one batch.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIngestLoop } from "@/lib/ingest/ingest-loop";
import { appendDelivery } from "@/lib/webhooks/append-delivery";
import { signalDeliveryAppended } from "@/lib/webhooks/delivery-signal";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { feedCommentValue, feedEnvelope, metaJson } from "../fakes/graph-webhooks";
import { facebookChannelOn } from "../helpers/channels";
import { within } from "../helpers/eventually";
import { fakeClock } from "../helpers/fake-clock";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let fake: FakeGraph;
let channelId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGraph({ appSecret: "linger-secret" });
  channelId = (await facebookChannelOn(db.prisma, fake)).channel.id;
});
afterAll(async () => {
  await fake?.close();
  await db?.dispose();
});

let appended = 0;
/** Appends `n` single-comment webhooks as the webhook route does (log, then wake the loop); returns their numbers. */
async function webhooks(n: number): Promise<number[]> {
  const numbers: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = appended++;
    const body = Buffer.from(metaJson(feedEnvelope(fake.pageId, [feedCommentValue({
      verb: "add", comment_id: `${fake.pageId}_linger${i}`, post_id: `${fake.pageId}_lingerpost`, from: { id: `linger-u${i}`, name: `Client ${i}` },
      message: `Colis ${i} jamais arrivé`, created_time: new Date(),
    })])));
    await appendDelivery(db.sql, false, "FACEBOOK_PAGE", [channelId], body);
    signalDeliveryAppended();
    numbers.push(i);
  }
  return numbers;
}

/** Status and processedAt of the deliveries numbered `numbers` (in append order: ids ascend). */
async function deliveries(numbers: number[]) {
  const rows = await db.sql.query<{ status: string; processedAt: string | null }>(
    `SELECT status, "processedAt"::text AS "processedAt" FROM raw_deliveries ORDER BY id`);
  return numbers.map((i) => rows[i]!);
}
const batchesOf = (rows: { processedAt: string | null }[]) => new Set(rows.map((r) => r.processedAt)).size;

describe("ingestion of a trickle", () => {
  it("takes a lone webhook at once, lingers after a partial batch, and never lingers between full batches", async () => {
    const clock = fakeClock();
    // Idle polling far away: the loop moves on the webhooks' signal and on the (fake) linger only.
    const loop = startIngestLoop(db, { idlePollMs: 600_000, batchSize: 10, clock });
    // Each step is one batch of PGlite work: the bound is for a failure (the loop never lingers), not a timing.
    const lingering = (what: string) => within(clock.waiting(), `the loop to linger ${what}`, 60_000);
    try {
      // A lone webhook: taken at once, without waiting on the clock; then the loop lingers.
      const lone = await webhooks(1);
      await lingering("after a lone webhook");
      expect((await deliveries(lone))[0]!.status).toBe("DONE");
      expect(clock.asked).toHaveLength(1);
      const linger = clock.asked[0]!;
      expect(linger).toBeGreaterThan(0);

      // A trickle arriving while it lingers waits until the linger is over, then goes in one batch.
      const trickle = await webhooks(5);
      clock.advance(linger - 1);
      expect(clock.pending()).toBe(1);
      expect((await deliveries(trickle)).map((d) => d.status)).toEqual(Array(5).fill("PENDING"));
      clock.advance(1);
      await lingering("after the trickle's batch");
      const taken = await deliveries(trickle);
      expect(taken.every((d) => d.status === "DONE")).toBe(true);
      expect(batchesOf(taken)).toBe(1);
      expect(clock.asked).toEqual([linger, linger]);

      // A backlog: full batches (10, 10) follow each other without lingering; only the partial tail (5) lingers.
      // Had the loop lingered after a full batch, it would be waiting now with deliveries still pending.
      const backlog = await webhooks(25);
      clock.advance(linger);
      await lingering("after the backlog's tail");
      expect((await deliveries(backlog)).every((d) => d.status === "DONE")).toBe(true);
      expect(clock.asked).toEqual([linger, linger, linger]);

      // Every webhook became a message.
      const count = await db.prisma.message.count({ where: { externalId: { startsWith: `${fake.pageId}_linger` } } });
      expect(count).toBe(appended);
    } finally {
      const stopped = loop.stop();
      clock.advance(60_000); // end a linger still going on, so that the loop can see it is stopped
      await stopped;
    }
  }, 240_000);
});
