// A steady trickle of webhooks is ingested a few at a time, not one batch per webhook: every batch costs a
// fixed amount of CPU (lib/ingest/ingest-loop.ts, LINGER_MS), which at 50 comments/s used most of a core.
// A batch marks its deliveries done with one processedAt, so distinct processedAt values count the batches.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startIngestLoop } from "@/lib/ingest/ingest-loop";
import { appendDelivery } from "@/lib/webhooks/append-delivery";
import { signalDeliveryAppended } from "@/lib/webhooks/delivery-signal";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { feedCommentValue, feedEnvelope, metaJson } from "../fakes/graph-webhooks";
import { facebookChannelOn } from "../helpers/channels";
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

const delivery = (i: number) => Buffer.from(metaJson(feedEnvelope(fake.pageId, [feedCommentValue({
  verb: "add", comment_id: `${fake.pageId}_linger${i}`, post_id: `${fake.pageId}_lingerpost`, from: { id: `linger-u${i}`, name: `Client ${i}` },
  message: `Colis ${i} jamais arrivé`, created_time: new Date(),
})])));

const LINGER = 300; // with 0 this test fails (19 batches seen here)

describe("ingestion of a trickle", () => {
  it("takes webhooks arriving every 10 ms a few at a time, and stores every one", async () => {
    // A long linger (300 ms, 40 in production) so that the count does not depend on this machine's speed.
    const loop = startIngestLoop(db, { idlePollMs: 100, lingerMs: LINGER });
    try {
      const N = 40;
      for (let i = 0; i < N; i++) {
        await appendDelivery(db.sql, false, "FACEBOOK_PAGE", [channelId], delivery(i));
        signalDeliveryAppended();
        await new Promise((r) => setTimeout(r, 10));
      }
      await loop.idle();
      const rows = await db.sql.query<{ batches: number; done: number }>(
        `SELECT count(DISTINCT "processedAt")::int AS batches, count(*) FILTER (WHERE status = 'DONE')::int AS done FROM raw_deliveries`);
      expect(rows[0]!.done).toBe(N);
      // The first webhook at once, then one batch per 300 ms at most: 3 or 4 for 400 ms of webhooks (without
      // the linger: a batch each time the previous one ends, 15 to 40 here).
      expect(rows[0]!.batches).toBeLessThanOrEqual(6);
      expect(await db.prisma.message.count({ where: { externalId: { startsWith: `${fake.pageId}_linger` } } })).toBe(N);
    } finally {
      await loop.stop();
    }
  });
});
