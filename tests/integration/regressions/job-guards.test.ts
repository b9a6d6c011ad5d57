// Regressions (issue 7, item 5): pg-boss 10 ignores singletonKey on standard queues, so two polls of one
// channel could be queued (and run) at once; and the delivery claim ignored nextAttemptAt, so a stray job could
// send a reply before the platform's rate-limit reset.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBoss, QUEUES } from "@/lib/jobs/boss";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn } from "../../helpers/channels";
import { comment } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
let graph: FakeGraph;
beforeAll(async () => {
  db = await createTestDatabase();
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
});
afterAll(async () => {
  await graph?.close();
  await db?.dispose();
});

describe("job guards", () => {
  it("keeps at most one queued poll per channel", async () => {
    const boss = await startBoss(db);
    try {
      const channelId = "7d1f3c1e-2c52-4c1e-9a35-3f1d8c0d2b11";
      for (let i = 0; i < 3; i++) await boss.send(QUEUES.poll, { channelId }, { singletonKey: channelId, retryLimit: 0 });
      const rows = await db.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND singleton_key = $2 AND state = 'created'`,
        [QUEUES.poll, channelId],
      );
      expect(rows[0]!.n).toBe(1);
    } finally {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    }
  });

  it("does not send a reply before its next attempt time, whatever job asks", async () => {
    const fb = await facebookChannelOn(db.prisma, graph);
    const postId = `${graph.pageId}_88`;
    graph.addPost({ id: postId, message: "Post" });
    graph.addComment({ id: "88_1", post_id: postId, message: "Allô ?", from: { id: "42", name: "Claire" } });
    const s = await ingestEvents(db.prisma, fb.channel.id, [
      comment({ externalId: "88_1", body: "Allô ?", thread: { externalId: postId, kind: "POST" }, author: { platformUserId: "42", name: "Claire" } }),
    ]);
    const msg = await queueReply(db.prisma, fb.cm, s.caseIds[0]!, { text: "Bonjour Claire !", visibility: "public" }, async () => undefined);
    const resetAt = new Date(Date.now() + 10 * 60_000);
    await db.prisma.message.update({ where: { id: msg.id }, data: { nextAttemptAt: resetAt } });
    expect(await deliverMessage(db.prisma, msg.id)).toEqual({ outcome: "skipped" });
    expect(graph.requests.filter((r) => r.method === "POST" && r.path.endsWith("/88_1/comments"))).toHaveLength(0);
    const later = await deliverMessage(db.prisma, msg.id, new Date(resetAt.getTime() + 1000));
    expect(later.outcome).toBe("sent");
  });
});
