// Posts written by visitors on the Page and mentions of the Page elsewhere: webhook and polling give the
// same message; replies go out as a comment on the post, private replies through the post's route.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChannelContext, OutgoingReply } from "@/lib/connectors/connector";
import { facebookConnector } from "@/lib/connectors/facebook";
import { parseWebhook } from "@/lib/connectors/facebook/parse-webhook";
import type { FacebookSecrets } from "@/lib/connectors/secrets-schemas";
import type { InboundEvent, InboundMessage } from "@/lib/connectors/types";
import type { FakeGraph } from "../../../fakes/fake-graph";
import { PAGE_ID, startGraph } from "./helpers";

let fake: FakeGraph;
let channel: ChannelContext<FacebookSecrets>;
beforeEach(async () => {
  ({ fake, channel } = await startGraph());
});
afterEach(() => fake.close());

const camille = { id: "4242", name: "Camille Lefort" };
const VISITOR_POST = `${PAGE_ID}_7770001`;
const TEXT = "J'ai commandé un bouquet pour ma mère, jamais livré. Le service client ne répond pas.";

function roundTrip(envelope: unknown): InboundEvent[] {
  return facebookConnector.splitWebhook(JSON.parse(fake.serialize(envelope)) as unknown).flatMap((p) => parseWebhook(p, channel));
}

describe("visitor posts", () => {
  it("turns a visitor's post into an inbound public POST message on its own thread", () => {
    const at = new Date("2026-11-20T09:00:00Z");
    const [m] = roundTrip(fake.feedPostChange({ verb: "add", post_id: VISITOR_POST, item: "status", from: camille, message: TEXT, created_time: at })) as InboundMessage[];
    expect(m).toMatchObject({
      type: "message", externalId: VISITOR_POST, kind: "POST", direction: "INBOUND", visibility: "PUBLIC", body: TEXT,
      author: { platformUserId: "4242", name: "Camille Lefort" }, thread: { externalId: VISITOR_POST, kind: "POST", text: TEXT },
    });
    expect(m?.platformCreatedAt.toISOString()).toBe(at.toISOString());
    expect(m?.permalink).toContain(VISITOR_POST);
    const [photo] = roundTrip(fake.feedPostChange({ verb: "add", post_id: `${PAGE_ID}_7770002`, item: "photo", from: camille })) as InboundMessage[];
    expect(photo?.body).toBe("[photo]");
  });

  it("maps edits, hides and removals of a visitor post to events beside it", () => {
    const t = new Date("2026-11-20T10:00:00Z");
    const events = roundTrip(fake.feedPostChange([
      { verb: "edited", post_id: VISITOR_POST, item: "status", from: camille, message: "edited text", created_time: t },
      { verb: "hide", post_id: VISITOR_POST, item: "status", from: camille, created_time: t },
      { verb: "remove", post_id: VISITOR_POST, item: "status", created_time: t },
    ]));
    expect(events.map((e) => [e.type, e.externalId, e.type === "message_event" ? e.kind : ""])).toEqual([
      ["message_event", VISITOR_POST, "EDITED"], ["message_event", VISITOR_POST, "HIDDEN"], ["message_event", VISITOR_POST, "REMOVED"],
    ]);
    expect(events[0]).toMatchObject({ newText: "edited text" });
  });

  it("finds the same visitor post by polling /feed (not the Page's own), then not again", async () => {
    const created = new Date(Date.now() - 10 * 60_000);
    fake.addPost({ id: `${PAGE_ID}_1`, message: "Nos bouquets de saison", created_time: created });
    fake.addPost({ id: VISITOR_POST, message: TEXT, from: camille, created_time: created });
    const hooked = roundTrip(fake.feedPostChange({ verb: "add", post_id: VISITOR_POST, item: "status", from: camille, message: TEXT, created_time: created }))[0] as InboundMessage;
    const first = await facebookConnector.fetchSince(channel, null, { backfillSince: new Date(Date.now() - 86_400_000) });
    const posts = first.events.filter((e): e is InboundMessage => e.type === "message" && e.kind === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ externalId: hooked.externalId, body: hooked.body, author: hooked.author, platformCreatedAt: hooked.platformCreatedAt });
    const feedCall = fake.requests.find((r) => r.path.endsWith("/feed"));
    expect(feedCall?.query.fields).toContain("from");
    const second = await facebookConnector.fetchSince(channel, first.cursor, { backfillSince: new Date(0) });
    expect(second.events).toEqual([]);
  });

  it("answers publicly with a comment on the post, privately with recipient.post_id (once)", async () => {
    fake.addPost({ id: VISITOR_POST, message: TEXT, from: camille });
    const reply: OutgoingReply = {
      text: "Bonjour Camille, nous sommes désolés : je regarde votre commande.",
      inReplyToExternalId: VISITOR_POST, inReplyToKind: "POST", inReplyToThreadExternalId: VISITOR_POST,
      recipientPlatformUserId: "4242", lastCustomerMessageAt: new Date(),
    };
    const pub = await facebookConnector.sendPublicReply(channel, reply);
    expect(fake.comments().find((c) => c.id === pub.externalId)).toMatchObject({ post_id: VISITOR_POST, from: { id: PAGE_ID } });
    await facebookConnector.sendPrivateReply(channel, reply);
    expect(fake.sentMessages()).toEqual([expect.objectContaining({ kind: "private_reply", recipient: { post_id: VISITOR_POST } })]);
    await expect(facebookConnector.sendPrivateReply(channel, reply)).rejects.toMatchObject({ platformCode: "10900", retryable: false });
  });
});

describe("mentions of the Page", () => {
  it("turns a post or comment mentioning the Page into a MENTION with a link to where it was written", () => {
    const [post, comment] = roundTrip(fake.mentionChange([
      { verb: "add", item: "post", post_id: "555_1", sender: camille, message: "Attention à @MaisonLumière, fleurs jamais livrées" },
      { verb: "add", item: "comment", post_id: "555_1", comment_id: "1_9", sender: { id: "77", name: "Val" }, message: "@MaisonLumière pareil" },
    ])) as InboundMessage[];
    expect(post).toMatchObject({ externalId: "555_1", kind: "MENTION", direction: "INBOUND", visibility: "PUBLIC", thread: { externalId: "555_1" }, author: { platformUserId: "4242", name: "Camille Lefort" } });
    expect(post?.permalink).toBe("https://www.facebook.com/555_1");
    expect(comment).toMatchObject({ externalId: "1_9", kind: "MENTION", thread: { externalId: "555_1" }, permalink: "https://www.facebook.com/555_1?comment_id=1_9" });
    const [removed] = roundTrip(fake.mentionChange({ verb: "remove", item: "post", post_id: "555_1", sender: camille }));
    expect(removed).toMatchObject({ type: "message_event", externalId: "555_1", kind: "REMOVED" });
    expect(roundTrip(fake.mentionChange({ verb: "add", item: "post", post_id: "1_2", sender: { id: PAGE_ID, name: "Page" }, message: "us" }))).toEqual([]);
  });

  it("replies privately to a mention post by post_id and to a mention comment by comment_id", async () => {
    fake.addPost({ id: "555_1", message: "x", from: camille });
    const c = fake.addComment({ post_id: "555_1", message: "@MaisonLumière", from: { id: "77", name: "Val" } });
    const base = { text: "Bonjour, écrivez-nous en privé.", recipientPlatformUserId: "4242", lastCustomerMessageAt: new Date(), inReplyToKind: "MENTION" as const, inReplyToThreadExternalId: "555_1" };
    await facebookConnector.sendPrivateReply(channel, { ...base, inReplyToExternalId: "555_1" });
    await facebookConnector.sendPrivateReply(channel, { ...base, inReplyToExternalId: c.id });
    expect(fake.sentMessages().map((m) => m.recipient)).toEqual([{ post_id: "555_1" }, { comment_id: c.id }]);
  });
});
