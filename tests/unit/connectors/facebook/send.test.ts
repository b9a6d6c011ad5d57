import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError, type ChannelContext, type OutgoingReply } from "@/lib/connectors/connector";
import { createFacebookConnector, facebookConnector } from "@/lib/connectors/facebook";
import { messengerRoute } from "@/lib/connectors/facebook/messenger-window";
import type { FacebookSecrets } from "@/lib/connectors/secrets-schemas";
import type { FakeGraph, StoredComment } from "../../../fakes/fake-graph";
import { PAGE_ID, SECRETS, channelFor, startGraph } from "./helpers";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let fake: FakeGraph;
let channel: ChannelContext<FacebookSecrets>;
let comment: StoredComment;

beforeEach(async () => {
  ({ fake, channel } = await startGraph());
  fake.addPost({ id: `${PAGE_ID}_1`, message: "Launch" });
  comment = fake.addComment({ post_id: `${PAGE_ID}_1`, message: "Broken on arrival", from: { id: "u1", name: "Ana" } });
});
afterEach(async () => {
  // Whatever happened, nothing was ever deleted on the platform.
  expect(fake.requests.filter((r) => r.method === "DELETE")).toEqual([]);
  await fake.close();
});

const toComment = (over: Partial<OutgoingReply> = {}): OutgoingReply => ({
  text: "Sorry about that! We'll fix it.",
  inReplyToExternalId: comment.id,
  inReplyToKind: "COMMENT",
  recipientPlatformUserId: "u1",
  lastCustomerMessageAt: new Date(),
  ...over,
});
const toDm = (lastCustomerMessageAt: Date, over: Partial<OutgoingReply> = {}): OutgoingReply => ({
  text: "Hi, a human here.",
  inReplyToExternalId: "m_customer_1",
  inReplyToKind: "DM",
  recipientPlatformUserId: "24001",
  lastCustomerMessageAt,
  ...over,
});
const failure = (p: Promise<unknown>) => p.then(() => expect.fail("expected a ConnectorError"), (e: unknown) => e as ConnectorError);
const posts = () => fake.requests.filter((r) => r.method === "POST");

describe("sendPublicReply", () => {
  it("POSTs the text to /v25.0/{comment}/comments and returns the new comment id", async () => {
    const res = await facebookConnector.sendPublicReply(channel, toComment({ text: "Désolé ! 🙏" }));
    expect(posts()).toHaveLength(1);
    expect(posts()[0]).toMatchObject({ path: `/v25.0/${comment.id}/comments`, body: { message: "Désolé ! 🙏" } });
    expect(posts()[0]?.headers.authorization).toBe(`Bearer ${SECRETS.pageAccessToken}`);
    const created = fake.getComment(res.externalId);
    expect(created).toMatchObject({ message: "Désolé ! 🙏", parent_id: comment.id, from: { id: PAGE_ID } });
  });

  it("refuses to answer a DM publicly without calling Graph", async () => {
    const err = await failure(facebookConnector.sendPublicReply(channel, toDm(new Date())));
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err.retryable).toBe(false);
    expect(err.message).toMatch(/publicly/);
    expect(fake.requests).toEqual([]);
  });

  it("maps a 500 to a retryable error and a code-32 rate limit to retryAt from the usage header", async () => {
    fake.failNext(1, { status: 500 });
    const e500 = await failure(facebookConnector.sendPublicReply(channel, toComment()));
    expect(e500).toMatchObject({ retryable: true, httpStatus: 500, tokenInvalid: false });

    fake.failNext(1, fake.rateLimitFailure(32, { minutes: 7 }));
    const before = Date.now();
    const limited = await failure(facebookConnector.sendPublicReply(channel, toComment()));
    expect(limited).toMatchObject({ retryable: true, platformCode: "32", httpStatus: 400 });
    const wait = limited.retryAt!.getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(7 * 60_000 - 1_000);
    expect(wait).toBeLessThanOrEqual(7 * 60_000 + 5_000);
  });

  it("marks the token invalid on code 190 without leaking it", async () => {
    fake.setAccessToken("rotated-elsewhere");
    const err = await failure(facebookConnector.sendPublicReply(channel, toComment()));
    expect(err).toMatchObject({ retryable: false, tokenInvalid: true, platformCode: "190" });
    expect(err.message).not.toContain(SECRETS.pageAccessToken);
  });
});

describe("sendPrivateReply to a comment", () => {
  it("sends one private reply, then maps the second to non-retryable 10900", async () => {
    const res = await facebookConnector.sendPrivateReply(channel, toComment({ text: "Can you DM us your order number?" }));
    expect(posts()[0]).toMatchObject({
      path: `/v25.0/${PAGE_ID}/messages`,
      body: { recipient: { comment_id: comment.id }, message: { text: "Can you DM us your order number?" } },
    });
    expect(fake.sentMessages()).toHaveLength(1);
    expect(res.externalId).toBe(fake.sentMessages()[0]?.message_id);

    const again = await failure(facebookConnector.sendPrivateReply(channel, toComment()));
    expect(again).toMatchObject({ retryable: false, platformCode: "10900", tokenInvalid: false });
    expect(again.message).toMatch(/already replied/);
    expect(fake.sentMessages()).toHaveLength(1);
  });
});

describe("sendPrivateReply in Messenger", () => {
  it("uses RESPONSE inside 24 h", async () => {
    fake.userMessaged("24001", new Date(Date.now() - 2 * HOUR));
    const res = await facebookConnector.sendPrivateReply(channel, toDm(new Date(Date.now() - 2 * HOUR)));
    expect(posts()[0]?.body).toEqual({ recipient: { id: "24001" }, messaging_type: "RESPONSE", message: { text: "Hi, a human here." } });
    expect(fake.sentMessages()[0]).toMatchObject({ kind: "send", messaging_type: "RESPONSE", recipient_id: "24001" });
    expect(res.externalId).toBe(fake.sentMessages()[0]?.message_id);
  });

  it("uses MESSAGE_TAG HUMAN_AGENT between 24 h and 7 days (the fake refuses RESPONSE there)", async () => {
    const last = new Date(Date.now() - 3 * DAY);
    fake.userMessaged("24001", last);
    await facebookConnector.sendPrivateReply(channel, toDm(last));
    expect(posts()[0]?.body).toMatchObject({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
    expect(fake.sentMessages()[0]).toMatchObject({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
  });

  it("refuses beyond 7 days and texts of 2000+ characters without calling Graph", async () => {
    const late = await failure(facebookConnector.sendPrivateReply(channel, toDm(new Date(Date.now() - 8 * DAY))));
    expect(late.retryable).toBe(false);
    expect(late.message).toMatch(/outside Messenger's 7-day window/);
    const long = await failure(facebookConnector.sendPrivateReply(channel, toDm(new Date(), { text: "x".repeat(2000) })));
    expect(long.retryable).toBe(false);
    const longComment = await failure(facebookConnector.sendPrivateReply(channel, toComment({ text: "y".repeat(2500) })));
    expect(longComment.retryable).toBe(false);
    expect(fake.requests).toEqual([]);
    await facebookConnector.sendPrivateReply(channel, toDm(new Date(), { text: "x".repeat(1999) }));
    expect(fake.sentMessages()[0]?.text).toHaveLength(1999);
  });

  it("maps Meta's own window refusal (code 10 / 2018278) to a non-retryable error", async () => {
    // Our record says 20 h, Meta knows better (the customer's last message was older).
    fake.userMessaged("24001", new Date(Date.now() - 2 * DAY));
    const err = await failure(facebookConnector.sendPrivateReply(channel, toDm(new Date(Date.now() - 20 * HOUR))));
    expect(err).toMatchObject({ retryable: false, platformCode: "10" });
  });

  it("picks the route from an injected clock at the window edges", () => {
    const now = new Date("2025-06-01T12:00:00Z");
    const before = (ms: number) => new Date(now.getTime() - ms);
    expect(messengerRoute(before(23 * HOUR), now)).toEqual({ messaging_type: "RESPONSE" });
    expect(messengerRoute(before(DAY - 30_000), now)).toEqual({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
    expect(messengerRoute(before(DAY + 1), now)).toEqual({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
    expect(messengerRoute(before(7 * DAY - HOUR), now)).toEqual({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
    expect(() => messengerRoute(before(7 * DAY), now)).toThrow(/7-day/);
    expect(messengerRoute(new Date(now.getTime() + HOUR), now)).toEqual({ messaging_type: "RESPONSE" });
    const fixed = createFacebookConnector({ now: () => now });
    return expect(fixed.sendPrivateReply(channel, toDm(before(8 * DAY)))).rejects.toThrow(/7-day/);
  });
});

describe("setHidden", () => {
  it("POSTs is_hidden to the comment node, both ways", async () => {
    await facebookConnector.setHidden(channel, comment.id, true);
    expect(fake.getComment(comment.id)?.is_hidden).toBe(true);
    expect(posts()[0]).toMatchObject({ path: `/v25.0/${comment.id}`, body: { is_hidden: true } });
    await facebookConnector.setHidden(channel, comment.id, false);
    expect(fake.getComment(comment.id)?.is_hidden).toBe(false);
  });

  it("reports an unknown comment as a non-retryable error", async () => {
    const err = await failure(facebookConnector.setHidden(channel, "1_404", true));
    expect(err).toMatchObject({ retryable: false, platformCode: "100", httpStatus: 400 });
  });
});

describe("network failures", () => {
  it("is retryable when nothing listens", async () => {
    const { url } = fake;
    await fake.close();
    const err = await failure(facebookConnector.sendPublicReply(channelFor(url), toComment()));
    expect(err).toMatchObject({ retryable: true });
    expect(err.message).not.toContain(SECRETS.pageAccessToken);
    ({ fake } = await startGraph()); // for afterEach
  });

  it("times out a hanging Graph call and says so", async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    const port = (hanging.address() as AddressInfo).port;
    try {
      const quick = createFacebookConnector({ timeoutMs: 200 });
      const err = await failure(quick.setHidden(channelFor(`http://127.0.0.1:${port}`), comment.id, true));
      expect(err).toMatchObject({ retryable: true });
      expect(err.message).toMatch(/timed out after 200 ms/);
    } finally {
      hanging.closeAllConnections();
      await new Promise<void>((r) => hanging.close(() => r()));
    }
  });
});

describe("Graph version", () => {
  it("addresses the configured version and refuses a malformed one", async () => {
    const { startFakeGraph } = await import("../../../fakes/fake-graph");
    const older = await startFakeGraph({ pageId: PAGE_ID, appSecret: SECRETS.appSecret, accessToken: SECRETS.pageAccessToken, version: "v24.0" });
    try {
      older.addPost({ id: `${PAGE_ID}_1` });
      const c = older.addComment({ post_id: `${PAGE_ID}_1`, message: "hi", from: { id: "u1", name: "A" } });
      await createFacebookConnector({ graphVersion: "v24.0" }).setHidden(channelFor(older.url), c.id, true);
      expect(older.requests[0]?.path).toBe(`/v24.0/${c.id}`);
      expect(older.getComment(c.id)?.is_hidden).toBe(true);
      // The default connector speaks v25.0, which this server does not serve.
      await expect(facebookConnector.setHidden(channelFor(older.url), c.id, false)).rejects.toBeInstanceOf(ConnectorError);
    } finally {
      await older.close();
    }
    expect(() => createFacebookConnector({ graphVersion: "../v1" })).toThrow(/invalid Graph API version/);
  });
});
