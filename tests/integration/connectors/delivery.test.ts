// Durable outbound: a reply is stored first, then delivered with retries; every attempt is recorded;
// permanent errors are shown on the message; a dead token disconnects the channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { startFakeX, type FakeX } from "../../fakes/fake-x";
import { facebookChannelOn, xChannelOn } from "../../helpers/channels";
import { comment } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
let graph: FakeGraph;
let x: FakeX;
let fb: Awaited<ReturnType<typeof facebookChannelOn>>;
const noEnqueue = async () => undefined;

beforeAll(async () => {
  db = await createTestDatabase();
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  x = await startFakeX({ consumerSecret: "consumer-secret-for-tests" });
  fb = await facebookChannelOn(db.prisma, graph);
});
afterAll(async () => {
  await graph?.close();
  await x?.close();
  await db?.dispose();
});

async function facebookCase(commentId: string, on = fb, fake = graph) {
  const postId = `${graph.pageId}_${commentId}0`;
  fake.addPost({ id: postId, message: "Post" });
  fake.addComment({ id: commentId, post_id: postId, message: "Où est ma commande ?", from: { id: "42", name: "Claire" } });
  const s = await ingestEvents(db.prisma, on.channel.id, [
    comment({ externalId: commentId, body: "Où est ma commande ?", thread: { externalId: postId, kind: "POST" }, author: { platformUserId: "42", name: "Claire" }, platformCreatedAt: new Date(Date.now() - 120_000) }),
  ]);
  return { ...on, caseId: s.caseIds[0]! };
}

const repliesTo = (id: string) => graph.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/${id}/comments`));

describe("delivery to Facebook", () => {
  it("500, then rate limited (code 613), then 200: delivered exactly once, each attempt recorded", async () => {
    const { cm, caseId } = await facebookCase("1001");
    const msg = await queueReply(db.prisma, cm, caseId, { text: "Bonjour Claire, je regarde tout de suite.", visibility: "public" }, noEnqueue);
    expect(msg.deliveryStatus).toBe("QUEUED");
    graph.failNext(1, { status: 500, error: { code: 2, message: "Service temporarily unavailable", is_transient: true } });
    graph.failNext(1, graph.rateLimitFailure(613, { minutes: 2 }));
    const t0 = new Date();
    const first = await deliverMessage(db.prisma, msg.id, t0);
    expect(first.outcome).toBe("retry");
    // Each retry runs when it is due (the claim refuses earlier: see regressions/job-guards.test.ts).
    if (first.outcome !== "retry") throw new Error("unreachable");
    const second = await deliverMessage(db.prisma, msg.id, first.retryAt);
    expect(second.outcome).toBe("retry");
    if (second.outcome !== "retry") throw new Error("unreachable");
    expect(second.retryAt.getTime()).toBeGreaterThanOrEqual(t0.getTime() + 60_000);
    const third = await deliverMessage(db.prisma, msg.id, second.retryAt);
    expect(third.outcome).toBe("sent");
    expect(await deliverMessage(db.prisma, msg.id)).toEqual({ outcome: "skipped" });
    const m = await db.prisma.message.findUniqueOrThrow({ where: { id: msg.id }, include: { attempts: { orderBy: { attempt: "asc" } } } });
    expect(m.deliveryStatus).toBe("SENT");
    expect(m.attempts.map((a) => a.outcome)).toEqual(["RETRYABLE_ERROR", "RETRYABLE_ERROR", "SENT"]);
    expect(m.attempts[0]!.httpStatus).toBe(500);
    const posted = repliesTo("1001");
    expect(posted).toHaveLength(3);
    expect(graph.comments().filter((c) => c.message === "Bonjour Claire, je regarde tout de suite.")).toHaveLength(1);
    expect(m.externalId).toBeTruthy();
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.firstRespondedAt).not.toBeNull();
  });

  it("two workers racing for one reply send it once", async () => {
    const { cm, caseId } = await facebookCase("1002");
    const msg = await queueReply(db.prisma, cm, caseId, { text: "Une seule fois.", visibility: "public" }, noEnqueue);
    const results = await Promise.all([deliverMessage(db.prisma, msg.id), deliverMessage(db.prisma, msg.id), deliverMessage(db.prisma, msg.id)]);
    expect(results.filter((r) => r.outcome === "sent")).toHaveLength(1);
    expect(repliesTo("1002")).toHaveLength(1);
  });

  it("private reply: once per comment; the second is refused by Facebook (10900) and shown as failed", async () => {
    const { cm, caseId } = await facebookCase("1003");
    const a = await queueReply(db.prisma, cm, caseId, { text: "Je vous écris en privé.", visibility: "private" }, noEnqueue);
    expect((await deliverMessage(db.prisma, a.id)).outcome).toBe("sent");
    const sent = graph.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/${graph.pageId}/messages`));
    expect(sent.at(-1)!.body).toMatchObject({ recipient: { comment_id: "1003" }, message: { text: "Je vous écris en privé." } });
    const b = await queueReply(db.prisma, cm, caseId, { text: "Encore moi.", visibility: "private" }, noEnqueue);
    const r = await deliverMessage(db.prisma, b.id);
    expect(r.outcome).toBe("failed");
    const m = await db.prisma.message.findUniqueOrThrow({ where: { id: b.id }, include: { attempts: true } });
    expect(m.deliveryStatus).toBe("FAILED");
    expect(m.attempts[0]!.errorCode).toBe("10900");
    expect(await db.prisma.auditEvent.count({ where: { entityId: b.id, action: "REPLY_FAILED" } })).toBe(1);
  });

  it("an expired token (190) fails the reply and marks the channel disconnected", async () => {
    // Another page whose stored token the platform no longer accepts.
    const other = await startFakeGraph({ pageId: "100000000000002", appSecret: "app-secret-for-tests" });
    const revoked = await facebookChannelOn(db.prisma, other, "revoked-token-000");
    const { cm, caseId, channel } = await facebookCase("1004", revoked, other);
    const msg = await queueReply(db.prisma, cm, caseId, { text: "Test", visibility: "public" }, noEnqueue);
    const r = await deliverMessage(db.prisma, msg.id);
    expect(r.outcome).toBe("failed");
    const ch = await db.prisma.channel.findUniqueOrThrow({ where: { id: channel.id } });
    expect(ch.status).toBe("DISCONNECTED");
    expect(ch.lastError).toBeTruthy();
    expect(ch.lastError).not.toContain("revoked-token-000");
    await other.close();
  });
});

describe("delivery to X", () => {
  it("honours a 429's x-rate-limit-reset, then delivers the reply tweet once", async () => {
    const xc = await xChannelOn(db.prisma, x);
    const tweet = x.addMention({ text: `@${x.username} ma commande ??`, author: { id: "777", username: "claire", name: "Claire" } });
    const s = await ingestEvents(db.prisma, xc.channel.id, [
      { ...comment({ externalId: tweet.id, body: tweet.text, thread: { externalId: tweet.id, kind: "TWEET_CONVERSATION" }, author: { platformUserId: "777", handle: "claire" } }), kind: "MENTION" },
    ]);
    const msg = await queueReply(db.prisma, xc.cm, s.caseIds[0]!, { text: "@claire on regarde, désolés.", visibility: "public" }, noEnqueue);
    const reset = Math.floor(Date.now() / 1000) + 600;
    x.failNext(1, { status: 429, headers: { "x-rate-limit-reset": String(reset), "x-rate-limit-remaining": "0" } }, { path: /\/2\/tweets$/ });
    const now = new Date();
    const r1 = await deliverMessage(db.prisma, msg.id, now);
    expect(r1).toEqual({ outcome: "retry", retryAt: new Date(reset * 1000) });
    const r2 = await deliverMessage(db.prisma, msg.id, new Date(reset * 1000));
    expect(r2.outcome).toBe("sent");
    const posts = x.requests.filter((q) => q.method === "POST" && q.path === "/2/tweets");
    expect(posts.at(-1)!.body).toEqual({ text: "@claire on regarde, désolés.", reply: { in_reply_to_tweet_id: tweet.id } });
    expect(x.ownTweets().filter((t) => t.text === "@claire on regarde, désolés.")).toHaveLength(1);
  });
});
