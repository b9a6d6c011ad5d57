// Error mapping: the pure function on synthetic answers, and the same rules end to end through the fake
// (scripted failures) and a stub (timeouts, 2xx with errors[]).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConnectorError, type ChannelContext } from "@/lib/connectors/connector";
import type { XSecrets } from "@/lib/connectors/secrets-schemas";
import { xConnector } from "@/lib/connectors/x";
import { errorFromNetwork, errorFromResponse, errorFromSuccessBody, rateLimitRetryAt } from "@/lib/connectors/x/errors";
import { xFetch } from "@/lib/connectors/x/http";
import { startFakeX, type FakeX } from "../../../fakes/fake-x";
import { SECRETS_BASE, ann, channelFor, startStub, stubChannel } from "./helpers";

const problem = (status: number, detail: string, title = "Error") => ({ title, type: "about:blank", status, detail });

describe("errorFromResponse", () => {
  it("429 → retryable at x-rate-limit-reset", () => {
    const e = errorFromResponse(429, new Headers({ "x-rate-limit-remaining": "0", "x-rate-limit-reset": "1750000000" }), problem(429, "Too Many Requests", "Too Many Requests"));
    expect(e).toMatchObject({ retryable: true, httpStatus: 429, tokenInvalid: false });
    expect(e.retryAt).toEqual(new Date(1_750_000_000_000));
  });

  it("429 without reset headers → retryable with no retryAt", () => {
    const e = errorFromResponse(429, new Headers(), undefined);
    expect(e.retryable).toBe(true);
    expect(e.retryAt).toBeUndefined();
  });

  it("an exhausted 24-hour cap wins over the 15-minute window", () => {
    const h = new Headers({ "x-rate-limit-remaining": "40", "x-rate-limit-reset": "1750000000", "x-user-limit-24hour-remaining": "0", "x-user-limit-24hour-reset": "1750050000" });
    expect(rateLimitRetryAt(h)).toEqual(new Date(1_750_050_000_000));
    expect(errorFromResponse(429, h, undefined).retryAt).toEqual(new Date(1_750_050_000_000));
  });

  it("any failed call with x-rate-limit-remaining: 0 is a rate limit", () => {
    const e = errorFromResponse(400, new Headers({ "x-rate-limit-remaining": "0", "x-rate-limit-reset": "1750000000" }), problem(400, "x"));
    expect(e).toMatchObject({ retryable: true, retryAt: new Date(1_750_000_000_000) });
  });

  it("5xx and 408 → retryable; 401 → tokenInvalid; 403 / 404 / 400 → permanent with detail", () => {
    for (const s of [500, 502, 503, 504, 408]) expect(errorFromResponse(s, new Headers(), undefined)).toMatchObject({ retryable: true, tokenInvalid: false, httpStatus: s });
    expect(errorFromResponse(401, new Headers({ "x-rate-limit-remaining": "0" }), problem(401, "Unauthorized"))).toMatchObject({ retryable: false, tokenInvalid: true });
    const forbidden = errorFromResponse(403, new Headers(), problem(403, "You are not allowed to create a Tweet with duplicate content.", "Forbidden"));
    expect(forbidden).toMatchObject({ retryable: false, tokenInvalid: false });
    expect(forbidden.message).toContain("You are not allowed to create a Tweet with duplicate content.");
    const invalid = errorFromResponse(400, new Headers(), {
      title: "Invalid Request",
      detail: "One or more parameters to your request was invalid.",
      type: "https://api.twitter.com/2/problems/invalid-request",
      errors: [{ message: "The `since_id` query parameter value [x] is not valid" }],
    });
    expect(invalid).toMatchObject({ retryable: false, platformCode: "https://api.twitter.com/2/problems/invalid-request" });
    expect(invalid.message).toContain("since_id");
    expect(errorFromResponse(404, new Headers(), "not json")).toMatchObject({ retryable: false, httpStatus: 404 });
  });

  it("2xx with errors[] and no data → permanent with the first detail; with data → accepted", () => {
    const body = { errors: [{ detail: "Could not find tweet with id: [1].", title: "Not Found Error", type: "https://api.twitter.com/2/problems/resource-not-found" }] };
    const e = errorFromSuccessBody(200, body);
    expect(e).toMatchObject({ retryable: false, httpStatus: 200, platformCode: "https://api.twitter.com/2/problems/resource-not-found" });
    expect(e?.message).toContain("Could not find tweet with id: [1].");
    expect(errorFromSuccessBody(200, { ...body, data: [{ id: "2" }] })).toBeUndefined();
    expect(errorFromSuccessBody(201, { data: { id: "2" } })).toBeUndefined();
  });

  it("network failures and timeouts → retryable", () => {
    expect(errorFromNetwork(new TypeError("fetch failed"))).toMatchObject({ retryable: true });
    expect(errorFromNetwork(new DOMException("The operation was aborted due to timeout", "TimeoutError")).message).toContain("timed out");
  });
});

describe("error mapping end to end", () => {
  let fake: FakeX;
  let channel: ChannelContext<XSecrets>;
  const backfillSince = new Date("2025-01-01T00:00:00Z");
  beforeEach(async () => {
    fake = await startFakeX();
    channel = channelFor(fake);
  });
  afterEach(async () => {
    await fake.close();
  });
  const caught = async (p: Promise<unknown>) => {
    const err = await p.then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    const e = err as ConnectorError;
    for (const secret of [SECRETS_BASE.accessToken, SECRETS_BASE.accessTokenSecret, fake.consumerSecret]) expect(e.message).not.toContain(secret);
    return e;
  };
  const mentionReply = () => {
    const m = fake.addMention({ text: "@fakebrand hi", author: ann });
    return { text: `thanks ${m.id}`, inReplyToExternalId: m.id, inReplyToKind: "MENTION" as const, recipientPlatformUserId: ann.id, lastCustomerMessageAt: new Date() };
  };

  it("scripted 429 with a reset header → retryable, retryAt exactly the reset", async () => {
    fake.failNext(1, { status: 429, headers: { "x-rate-limit-remaining": "0", "x-rate-limit-reset": "1900000123" } }, /^\/2\/tweets$/);
    const e = await caught(xConnector.sendPublicReply(channel, mentionReply()));
    expect(e).toMatchObject({ retryable: true, httpStatus: 429, tokenInvalid: false });
    expect(e.retryAt).toEqual(new Date(1_900_000_123_000));
  });

  it("the fake's own 429 (resetInSeconds) gives a retryAt that far ahead", async () => {
    fake.failNext(1, { status: 429, resetInSeconds: 120 }, /mentions/);
    const before = Math.floor(Date.now() / 1000);
    const e = await caught(xConnector.fetchSince(channel, null, { backfillSince }));
    const after = Math.floor(Date.now() / 1000);
    const at = e.retryAt!.getTime() / 1000;
    expect(at).toBeGreaterThanOrEqual(before + 120);
    expect(at).toBeLessThanOrEqual(after + 120);
  });

  it("500 → retryable; 401 → tokenInvalid; 200 with errors only → permanent", async () => {
    fake.failNext(1, { status: 500 }, /^\/2\/tweets$/);
    expect(await caught(xConnector.sendPublicReply(channel, mentionReply()))).toMatchObject({ retryable: true, httpStatus: 500, tokenInvalid: false });
    fake.failNext(1, { status: 401 });
    expect(await caught(xConnector.fetchSince(channel, null, { backfillSince }))).toMatchObject({ retryable: false, tokenInvalid: true, httpStatus: 401 });
    fake.failNext(1, { status: 200, body: { errors: [{ title: "Not Found Error", detail: "Could not find user with id: [1]." }] } }, /mentions/);
    const e = await caught(xConnector.fetchSince(channel, null, { backfillSince }));
    expect(e).toMatchObject({ retryable: false, httpStatus: 200 });
    expect(e.message).toContain("Could not find user with id: [1].");
  });

  it("connection refused and timeouts → retryable", async () => {
    const closed = await startStub({ status: 200 });
    await closed.close();
    expect(await caught(xConnector.fetchSince(stubChannel(closed.url), null, { backfillSince }))).toMatchObject({ retryable: true });
    const hang = await startStub({ status: 200, hang: true });
    try {
      const e = await caught(xFetch(stubChannel(hang.url), { method: "GET", path: "/2/users/me", timeoutMs: 150 }));
      expect(e).toMatchObject({ retryable: true });
      expect(e.message).toContain("timed out");
    } finally {
      await hang.close();
    }
  });

  it("a 2xx body that is not the documented shape is a permanent failure, not a silent skip", async () => {
    const stub = await startStub({ status: 201, body: { data: { text: "no id" } } });
    try {
      const e = await caught(xConnector.sendPublicReply(stubChannel(stub.url), { ...mentionReply(), inReplyToExternalId: "1790000000000000001" }));
      expect(e).toMatchObject({ retryable: false, httpStatus: 201 });
    } finally {
      await stub.close();
    }
  });
});
