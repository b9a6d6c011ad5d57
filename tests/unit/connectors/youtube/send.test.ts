// YouTube outbound against the fake: replies (always under the top-level comment), no private replies,
// moderation of held comments without ever banning, hiding, and how tokens and HTTP failures surface.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError } from "@/lib/connectors/connector";
import { youtubeConnector } from "@/lib/connectors/youtube";
import type { FakeYoutube } from "../../../fakes/fake-youtube";
import { SECRETS, customer, failure, other, reply, startYoutube } from "./helpers";

let fake: FakeYoutube;
let channel: Awaited<ReturnType<typeof startYoutube>>["channel"];
beforeEach(async () => {
  ({ fake, channel } = await startYoutube({ otherRefreshTokens: ["1//0someone-else-refresh-token"] }));
  fake.addVideo({ id: "vid1", title: "Video" });
});
afterEach(() => fake.close());

const posts = (path: string) => fake.requests.filter((r) => r.method === "POST" && r.path === path);

describe("YouTube replies", () => {
  it("answers a top-level comment with comments.insert under it and returns the new comment's id", async () => {
    const top = fake.addComment({ videoId: "vid1", text: "Where is my order?", author: customer });
    const sent = await youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id }));
    const [call] = posts("/youtube/v3/comments");
    expect(call!.query).toEqual({ part: "snippet" });
    expect(call!.body).toEqual({ snippet: { parentId: top.id, textOriginal: "Bonjour Camille, nous regardons votre commande tout de suite." } });
    expect(call!.headers.authorization).toMatch(/^Bearer ya29\./);
    expect(fake.inserted()).toEqual([expect.objectContaining({ id: sent.externalId, parentId: top.id })]);
  });

  it("answers a reply under its top-level comment (YouTube nests one level)", async () => {
    const top = fake.addComment({ videoId: "vid1", text: "Where is my order?", author: other });
    const r = fake.addReply({ parentId: top.id, text: "Mine too!", author: customer });
    expect(r.id.startsWith(`${top.id}.`)).toBe(true);
    await youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: r.id }));
    expect(posts("/youtube/v3/comments")[0]!.body).toMatchObject({ snippet: { parentId: top.id } });
    expect(fake.inserted()[0]!.parentId).toBe(top.id);
  });

  it("has no private channel: refused for good without a call", async () => {
    const before = fake.requests.length;
    const err = await failure(youtubeConnector.sendPrivateReply(channel, reply({ inReplyToExternalId: "Ugz1" })));
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ retryable: false, platformCode: "no_private_channel" });
    expect(fake.requests.length).toBe(before);
  });
});

describe("YouTube moderation", () => {
  it("publishes and rejects held comments with setModerationStatus, never passing banAuthor", async () => {
    const a = fake.addComment({ videoId: "vid1", text: "Is this legit?", author: customer, held: "review" });
    const b = fake.addComment({ videoId: "vid1", text: "free followers", author: other, held: "likely_spam" });
    await youtubeConnector.moderateHeld!(channel, a.id, "publish");
    await youtubeConnector.moderateHeld!(channel, b.id, "reject");
    const calls = posts("/youtube/v3/comments/setModerationStatus");
    expect(calls.map((c) => c.query)).toEqual([
      { id: a.id, moderationStatus: "published" },
      { id: b.id, moderationStatus: "rejected" },
    ]);
    expect(calls.every((c) => c.rawBody === "")).toBe(true);
    expect(fake.moderations().every((m) => m.banAuthor === undefined)).toBe(true);
    const status = new Map(fake.comments().map((c) => [c.id, c.moderationStatus]));
    expect([status.get(a.id), status.get(b.id)]).toEqual(["published", "rejected"]);
  });

  it("hides by holding for review and unhides by publishing", async () => {
    const c = fake.addComment({ videoId: "vid1", text: "rude words", author: other });
    await youtubeConnector.setHidden(channel, c.id, true);
    expect(fake.comments().find((x) => x.id === c.id)?.moderationStatus).toBe("heldForReview");
    await youtubeConnector.setHidden(channel, c.id, false);
    expect(fake.comments().find((x) => x.id === c.id)?.moderationStatus).toBe("published");
  });

  it("is refused for good to anyone but the owner, and for an unknown comment", async () => {
    const c = fake.addComment({ videoId: "vid1", text: "hmm", author: other, held: "review" });
    const notOwner = { ...channel, id: `${channel.id}-other`, secrets: { ...SECRETS, refreshToken: "1//0someone-else-refresh-token" } };
    const forbidden = await failure(youtubeConnector.moderateHeld!(notOwner, c.id, "publish"));
    expect(forbidden).toMatchObject({ retryable: false, httpStatus: 403, platformCode: "forbidden", tokenInvalid: false });
    const missing = await failure(youtubeConnector.moderateHeld!(channel, "UgzNoSuchComment", "reject"));
    expect(missing).toMatchObject({ retryable: false, httpStatus: 404, platformCode: "commentNotFound" });
  });
});

describe("YouTube tokens and failures", () => {
  it("refreshes once and caches the access token; a token refused mid-way is replaced once", async () => {
    const top = fake.addComment({ videoId: "vid1", text: "?", author: customer });
    await youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id }));
    await youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id }));
    expect(fake.tokensIssued()).toBe(1);
    const tokenCall = fake.requests.find((r) => r.path === "/token")!;
    expect(tokenCall.body).toEqual({ grant_type: "refresh_token", client_id: SECRETS.clientId, client_secret: SECRETS.clientSecret, refresh_token: SECRETS.refreshToken });
    fake.expireAccessTokens();
    await youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id }));
    expect(fake.tokensIssued()).toBe(2);
    expect(fake.inserted()).toHaveLength(3);
  });

  it("marks the channel disconnected when the owner revoked access (invalid_grant) or 401 persists", async () => {
    const top = fake.addComment({ videoId: "vid1", text: "?", author: customer });
    fake.failNext(2, { status: 401, reason: "authError" });
    const persists = await failure(youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id })));
    expect(persists).toMatchObject({ tokenInvalid: true, retryable: false, httpStatus: 401 });

    fake.expireAccessTokens();
    fake.revokeRefreshToken();
    const revoked = await failure(youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id })));
    expect(revoked).toBeInstanceOf(ConnectorError);
    expect(revoked).toMatchObject({ tokenInvalid: true, retryable: false, platformCode: "invalid_grant" });
    expect((revoked as Error).message).not.toContain(SECRETS.refreshToken);
    expect((revoked as Error).message).not.toContain(SECRETS.clientSecret);
  });

  it("retries server errors and rate limits; other refusals are final with Google's reason", async () => {
    const top = fake.addComment({ videoId: "vid1", text: "?", author: customer });
    const cases = [
      { status: 503, reason: "backendError", retryable: true },
      { status: 429, reason: "rateLimitExceeded", retryable: true },
      { status: 403, reason: "commentsDisabled", retryable: false },
      { status: 400, reason: "commentTextTooLong", retryable: false },
    ];
    for (const c of cases) {
      fake.failNext(1, { status: c.status, reason: c.reason }, { path: /\/comments$/, method: "POST" });
      const err = await failure(youtubeConnector.sendPublicReply(channel, reply({ inReplyToExternalId: top.id })));
      expect(err, c.reason).toMatchObject({ retryable: c.retryable, httpStatus: c.status, platformCode: c.reason, tokenInvalid: false });
    }
  });
});
