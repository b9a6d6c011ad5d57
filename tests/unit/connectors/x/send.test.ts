// Outgoing calls against the fake X API (and a stub for PUT /2/tweets/:id/hidden, which the fake does not
// model): exact request bodies, OAuth headers, returned ids and refusals.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError, type ChannelContext, type OutgoingReply } from "@/lib/connectors/connector";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import { xConnector } from "@/lib/connectors/x";
import { startFakeX, type FakeX } from "../../../fakes/fake-x";
import { SECRETS_BASE, ann, channelFor, parseOAuthHeader, startStub, stubChannel } from "./helpers";

let fake: FakeX;
let channel: ChannelContext<XSecrets>;

beforeEach(async () => {
  fake = await startFakeX();
  channel = channelFor(fake);
});
afterEach(async () => {
  await fake.close();
});

const reply = (over: Partial<OutgoingReply>): OutgoingReply => ({
  text: "Sorry about that, we are looking into it.",
  inReplyToExternalId: "1",
  inReplyToKind: "MENTION",
  recipientPlatformUserId: ann.id,
  lastCustomerMessageAt: new Date(),
  ...over,
});

async function failure(p: Promise<unknown>): Promise<ConnectorError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ConnectorError);
  return err as ConnectorError;
}

describe("sendPublicReply", () => {
  it("POSTs /2/tweets with the exact JSON body and an OAuth header, and returns the new tweet id", async () => {
    const m = fake.addMention({ text: "@fakebrand broken", author: ann });
    const text = "Sorry! DM us your order number 🙏";
    const { externalId } = await xConnector.sendPublicReply(channel, reply({ text, inReplyToExternalId: m.id }));
    const own = fake.ownTweets();
    expect(own).toHaveLength(1);
    expect(externalId).toBe(own[0]!.id);
    expect(own[0]!.referenced_tweets).toEqual([{ type: "replied_to", id: m.id }]);
    const req = fake.requests.at(-1)!;
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/2/tweets");
    expect(req.query).toEqual({});
    expect(req.rawBody).toBe(JSON.stringify({ text, reply: { in_reply_to_tweet_id: m.id } }));
    expect(req.headers["content-type"]).toBe("application/json");
    const oauth = parseOAuthHeader(req.headers.authorization ?? "");
    expect(oauth.oauth_consumer_key).toBe(SECRETS_BASE.consumerKey);
    expect(oauth.oauth_token).toBe(SECRETS_BASE.accessToken);
    expect(oauth.oauth_signature).toMatch(/^[A-Za-z0-9+/]{27}=$/);
  });

  it("refuses to answer a DM publicly, without calling X", async () => {
    const err = await failure(xConnector.sendPublicReply(channel, reply({ inReplyToKind: "DM", inReplyToExternalId: "1790000000000000999" })));
    expect(err.retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });

  it("maps X's 403 (not mentioned by the author) to a permanent failure carrying the detail", async () => {
    const err = await failure(xConnector.sendPublicReply(channel, reply({ inReplyToExternalId: "1790000000000000001" })));
    expect(err).toMatchObject({ retryable: false, httpStatus: 403, tokenInvalid: false });
    expect(err.message).toContain("Reply to this conversation is not allowed because you have not been mentioned");
  });

  it("rejects a non-numeric tweet id before building a URL or body", async () => {
    const err = await failure(xConnector.sendPublicReply(channel, reply({ inReplyToExternalId: "../users/me" })));
    expect(err.retryable).toBe(false);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("sendPrivateReply", () => {
  it("POSTs the DM to /2/dm_conversations/with/:recipient/messages and returns dm_event_id", async () => {
    const { externalId } = await xConnector.sendPrivateReply(channel, reply({ text: "Here is your refund link", inReplyToKind: "DM", inReplyToExternalId: "1790000000000000999" }));
    const sent = fake.dmEvents()[0]!;
    expect(externalId).toBe(sent.id);
    expect(sent).toMatchObject({ text: "Here is your refund link", sender_id: fake.userId, dm_conversation_id: `${ann.id}-${fake.userId}` });
    const req = fake.requests.at(-1)!;
    expect([req.method, req.path]).toEqual(["POST", `/2/dm_conversations/with/${ann.id}/messages`]);
    expect(req.rawBody).toBe(JSON.stringify({ text: "Here is your refund link" }));
    expect(req.headers.authorization).toMatch(/^OAuth /);
  });

  it("takes a mention private the same way", async () => {
    const { externalId } = await xConnector.sendPrivateReply(channel, reply({ inReplyToKind: "MENTION", inReplyToExternalId: "1790000000000000123" }));
    expect(fake.dmEvents().map((d) => d.id)).toEqual([externalId]);
  });

  it("retries a DM-send rate limit at X's reset", async () => {
    fake.failNext(1, { status: 429, headers: { "x-rate-limit-reset": "1900000000" } }, /dm_conversations/);
    const err = await failure(xConnector.sendPrivateReply(channel, reply({})));
    expect(err).toMatchObject({ retryable: true, httpStatus: 429 });
    expect(err.retryAt).toEqual(new Date(1_900_000_000_000));
  });
});

describe("setHidden", () => {
  it("PUTs {hidden} to /2/tweets/:id/hidden and accepts X's confirmation", async () => {
    const stub = await startStub({ status: 200, body: { data: { hidden: true } } });
    try {
      await xConnector.setHidden(stubChannel(stub.url), "1790000000000000123", true);
      expect(stub.seen).toEqual([
        { method: "PUT", path: "/2/tweets/1790000000000000123/hidden", body: JSON.stringify({ hidden: true }), authorization: expect.stringMatching(/^OAuth /) },
      ]);
      // X saying the opposite of what was asked is not success.
      await expect(xConnector.setHidden(stubChannel(stub.url), "1790000000000000123", false)).rejects.toMatchObject({ retryable: false });
    } finally {
      await stub.close();
    }
  });

  it("reports X's refusal (not our conversation) as permanent", async () => {
    const stub = await startStub({ status: 403, body: { title: "Forbidden", type: "about:blank", status: 403, detail: "You cannot hide replies to this Tweet." } });
    try {
      const err = await failure(xConnector.setHidden(stubChannel(stub.url), "1790000000000000123", true));
      expect(err).toMatchObject({ retryable: false, httpStatus: 403 });
      expect(err.message).toContain("You cannot hide replies to this Tweet.");
    } finally {
      await stub.close();
    }
  });
});
