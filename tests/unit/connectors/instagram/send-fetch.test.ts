// Instagram outbound (replies, private replies, DMs and their windows, hide) and polling, against the fake.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "@/lib/connectors/connector";
import { createInstagramConnector, instagramConnector } from "@/lib/connectors/instagram";
import type { InboundMessage } from "@/lib/connectors/types";
import type { FakeInstagram } from "../../../fakes/fake-instagram";
import { reply, startInstagram } from "./helpers";

let fake: FakeInstagram;
let channel: Awaited<ReturnType<typeof startInstagram>>["channel"];
beforeEach(async () => {
  ({ fake, channel } = await startInstagram());
});
afterEach(() => fake.close());
const customer = { id: "6100000000000042", username: "camille.lefort" };
const HOUR = 3_600_000;
const posts = (path: RegExp) => fake.requests.filter((r) => r.method === "POST" && path.test(r.path));

describe("Instagram outbound", () => {
  it("answers a comment publicly under it: POST /{ig-comment-id}/replies with the text", async () => {
    const c = fake.addComment({ media_id: "1780001", text: "Toujours rien reçu", from: customer });
    const sent = await instagramConnector.sendPublicReply(channel, reply({ inReplyToExternalId: c.id }));
    const calls = posts(new RegExp(`/v25.0/${c.id}/replies$`));
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ message: "Bonjour, nous regardons votre commande tout de suite." });
    expect(calls[0]!.headers.authorization).toBe(`Bearer ${channel.secrets.accessToken}`);
    expect(fake.comments().find((x) => x.id === sent.externalId)?.parent_id).toBe(c.id);
  });

  it("replies privately to a comment once, with recipient.comment_id; a second time is refused for good", async () => {
    const c = fake.addComment({ media_id: "1780001", text: "Mon numéro ?", from: customer });
    await instagramConnector.sendPrivateReply(channel, reply({ inReplyToExternalId: c.id }));
    expect(fake.sentMessages()).toEqual([expect.objectContaining({ kind: "private_reply", recipient: { comment_id: c.id } })]);
    expect(posts(/\/v25.0\/17841400000000001\/messages$/)[0]!.body).toMatchObject({ recipient: { comment_id: c.id }, message: { text: expect.any(String) } });
    const again = await instagramConnector.sendPrivateReply(channel, reply({ inReplyToExternalId: c.id })).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConnectorError);
    expect((again as ConnectorError).retryable).toBe(false);
    expect((again as ConnectorError).platformCode).toBe("10900");
  });

  it("replies privately to a comment within 7 days of it; an older one is refused for good without calling, and so is Graph's own refusal", async () => {
    const now = new Date();
    const ig = createInstagramConnector({ now: () => now });
    const recent = fake.addComment({ media_id: "1780001", text: "Colis jamais arrivé", from: customer, created_time: new Date(now.getTime() - 6 * 24 * HOUR) });
    await ig.sendPrivateReply(channel, reply({ inReplyToExternalId: recent.id, inReplyToCreatedAt: new Date(now.getTime() - 6 * 24 * HOUR) }));
    expect(fake.sentMessages()).toEqual([expect.objectContaining({ kind: "private_reply", recipient: { comment_id: recent.id } })]);

    const old = fake.addComment({ media_id: "1780001", text: "Toujours rien", from: customer, created_time: new Date(now.getTime() - 8 * 24 * HOUR) });
    const before = fake.requests.length;
    const late = await ig.sendPrivateReply(channel, reply({ inReplyToExternalId: old.id, inReplyToCreatedAt: new Date(now.getTime() - 8 * 24 * HOUR) })).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(ConnectorError);
    expect((late as ConnectorError).retryable).toBe(false);
    expect((late as Error).message).toMatch(/within 7 days .* 8 days old/);
    expect(fake.requests.length).toBe(before);
    // Without the comment's age (an older caller), Instagram's own refusal (code 10/2534022) is final too, named as such.
    const refused = await ig.sendPrivateReply(channel, reply({ inReplyToExternalId: old.id })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectorError);
    expect((refused as ConnectorError).retryable).toBe(false);
    expect((refused as Error).message).toMatch(/outside Instagram's messaging window/);
  });

  it("sends DMs inside 24 h as RESPONSE, up to 7 days with HUMAN_AGENT, and refuses beyond without calling", async () => {
    const now = new Date();
    const ig = createInstagramConnector({ now: () => now });
    await ig.sendPrivateReply(channel, reply({ inReplyToKind: "DM", recipientPlatformUserId: customer.id, lastCustomerMessageAt: new Date(now.getTime() - 2 * HOUR) }));
    await ig.sendPrivateReply(channel, reply({ inReplyToKind: "DM", recipientPlatformUserId: customer.id, lastCustomerMessageAt: new Date(now.getTime() - 3 * 24 * HOUR) }));
    expect(fake.sentMessages().map((m) => [m.messaging_type, m.tag])).toEqual([["RESPONSE", undefined], ["MESSAGE_TAG", "HUMAN_AGENT"]]);
    const before = fake.requests.length;
    const late = await ig.sendPrivateReply(channel, reply({ inReplyToKind: "DM", recipientPlatformUserId: customer.id, lastCustomerMessageAt: new Date(now.getTime() - 8 * 24 * HOUR) })).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(ConnectorError);
    expect((late as Error).message).toMatch(/7-day window/);
    expect(fake.requests.length).toBe(before);
  });

  it("answers a mention through the account's mentions edge, and refuses a public reply to a DM", async () => {
    fake.addMention({ media_id: "1785555", comment_id: "1795555", text: "@maisonlumiere ?", from: customer });
    await instagramConnector.sendPublicReply(channel, reply({ inReplyToKind: "MENTION", inReplyToExternalId: "1795555", inReplyToThreadExternalId: "1785555" }));
    expect(fake.mentionReplies()).toEqual([expect.objectContaining({ media_id: "1785555", comment_id: "1795555" })]);
    await expect(instagramConnector.sendPublicReply(channel, reply({ inReplyToKind: "DM" }))).rejects.toThrow(/publicly/);
    await expect(instagramConnector.sendPrivateReply(channel, reply({ inReplyToKind: "DM", text: "x".repeat(1001) }))).rejects.toThrow(/1000/);
  });

  it("hides and unhides a comment with hide=true|false, never DELETE", async () => {
    const c = fake.addComment({ media_id: "1780001", text: "spam spam", from: customer });
    await instagramConnector.setHidden(channel, c.id, true);
    expect(fake.comments().find((x) => x.id === c.id)?.hidden).toBe(true);
    await instagramConnector.setHidden(channel, c.id, false);
    expect(fake.comments().find((x) => x.id === c.id)?.hidden).toBe(false);
    expect(fake.requests.some((r) => r.method === "DELETE")).toBe(false);
  });

  it("maps a rate limit to a retry at the platform's reset time", async () => {
    const c = fake.addComment({ media_id: "1780001", text: "?", from: customer });
    fake.failNext(1, fake.rateLimitFailure(4, { minutes: 3 }));
    const err = (await instagramConnector.sendPublicReply(channel, reply({ inReplyToExternalId: c.id })).catch((e: unknown) => e)) as ConnectorError;
    expect(err.retryable).toBe(true);
    expect(err.retryAt!.getTime()).toBeGreaterThan(Date.now() + 2 * 60_000);
  });
});

describe("Instagram polling", () => {
  it("reads media then comments and replies across pages, and nothing twice on the next sweep", async () => {
    const old = Date.now() - 30 * 60_000;
    const m1 = fake.addMedia({ caption: "Bouquets de saison", created_time: new Date(old - 86_400_000) });
    fake.addMedia({ caption: "Très vieux post", created_time: new Date(old - 30 * 86_400_000) });
    const top = fake.addComment({ media_id: m1.id, text: "Jamais livré", from: customer, created_time: new Date(old) });
    fake.addComment({ media_id: m1.id, parent_id: top.id, text: "Bonjour Camille", from: { id: channel.externalId, username: "maisonlumiere" }, created_time: new Date(old + 60_000) });
    for (let i = 0; i < 3; i++) fake.addComment({ media_id: m1.id, text: `moi aussi ${i}`, from: { id: `62${i}`, username: `u${i}` }, created_time: new Date(old + (i + 2) * 60_000) });
    const ig = createInstagramConnector({ pageSize: 2 });
    const first = await ig.fetchSince(channel, null, { backfillSince: new Date(Date.now() - 7 * 86_400_000) });
    const msgs = first.events as InboundMessage[];
    expect(msgs.map((e) => e.body)).toEqual(["Jamais livré", "Bonjour Camille", "moi aussi 0", "moi aussi 1", "moi aussi 2"]);
    expect(msgs[1]).toMatchObject({ direction: "OUTBOUND", parentExternalId: top.id });
    expect(msgs[0]!.thread).toMatchObject({ externalId: m1.id, text: "Bouquets de saison" });
    expect(fake.requests.some((r) => r.query.after)).toBe(true);
    const second = await ig.fetchSince(channel, first.cursor, { backfillSince: new Date(0) });
    expect(second.events).toEqual([]);
  });
});
