// Access tokens: one refresh-token grant per channel, reused until a minute before expiry; a 401 drops the
// token and retries once; a revoked grant or a second 401 marks the channel disconnected (tokenInvalid).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConnectorError } from "@/lib/connectors/connector";
import { startGoogle, tokenCalls, type GoogleRig } from "./helpers";

let rig: GoogleRig;
beforeEach(async () => {
  rig = await startGoogle();
  rig.fake.addReview({ reviewId: "r1", comment: "Parfait", starRating: 5 });
});
afterEach(() => rig.fake.close());

const poll = () => rig.connector.fetchSince(rig.channel, null, { backfillSince: new Date(rig.clock.ms - 86_400_000) });
const failure = () => poll().then(() => undefined, (e: unknown) => e as ConnectorError);

describe("Google OAuth", () => {
  it("refreshes with the documented form grant and reuses the token until a minute before expiry", async () => {
    await poll();
    await poll();
    expect(tokenCalls(rig.fake)).toHaveLength(1);
    const grant = tokenCalls(rig.fake)[0]!;
    expect(grant.method).toBe("POST");
    expect(grant.headers["content-type"]).toContain("application/x-www-form-urlencoded");
    expect(grant.body).toEqual({
      grant_type: "refresh_token",
      client_id: rig.channel.secrets.clientId,
      client_secret: rig.channel.secrets.clientSecret,
      refresh_token: rig.channel.secrets.refreshToken,
    });
    // expires_in is 3599 s: still used at 3,500 s; at 3,540 s it is within its last minute, so a new one is asked for.
    rig.clock.advance(3_500_000);
    await poll();
    expect(tokenCalls(rig.fake)).toHaveLength(1);
    rig.clock.advance(40_000);
    await poll();
    expect(tokenCalls(rig.fake)).toHaveLength(2);
  });

  it("concurrent calls of one channel share one refresh", async () => {
    await Promise.all([poll(), poll(), poll()]);
    expect(tokenCalls(rig.fake)).toHaveLength(1);
  });

  it("a token Google stops accepting is dropped and the call retried once with a fresh one", async () => {
    await poll();
    rig.fake.invalidateAccessTokens();
    const { events } = await poll();
    expect(events).toHaveLength(1);
    expect(tokenCalls(rig.fake)).toHaveLength(2);
  });

  it("a 401 on the retry too marks the channel's token invalid", async () => {
    rig.fake.failNext(2, { code: 401, status: "UNAUTHENTICATED", message: "Request had invalid authentication credentials." }, { path: /\/reviews$/, method: "GET" });
    const err = await failure();
    expect(err).toMatchObject({ tokenInvalid: true, retryable: false, httpStatus: 401, platformCode: "UNAUTHENTICATED" });
    expect(rig.fake.requests.filter((r) => r.path.endsWith("/reviews"))).toHaveLength(2);
  });

  it("a revoked grant (invalid_grant) or a wrong client (invalid_client) is tokenInvalid", async () => {
    rig.fake.revokeRefreshToken();
    expect(await failure()).toMatchObject({ tokenInvalid: true, retryable: false, httpStatus: 400, platformCode: "invalid_grant" });
    rig.channel = { ...rig.channel, secrets: { ...rig.channel.secrets, clientSecret: "GOCSPX-wrong-secret" } };
    expect(await failure()).toMatchObject({ tokenInvalid: true, httpStatus: 401, platformCode: "invalid_client" });
  });

  it("a token endpoint outage is retryable and not a disconnection", async () => {
    rig.fake.failNext(1, { code: 503, status: "UNAVAILABLE" }, { path: /^\/token$/, method: "POST" });
    expect(await failure()).toMatchObject({ tokenInvalid: false, retryable: true, httpStatus: 503 });
    await poll();
  });

  it("a secret never appears in an error message", async () => {
    rig.fake.revokeRefreshToken();
    const err = await failure();
    for (const s of Object.values(rig.channel.secrets)) expect(err!.message).not.toContain(s);
  });

  it("secrets: the five fields, nothing else; no GET handshake", () => {
    const { connector, channel } = rig;
    expect(connector.kind).toBe("GOOGLE_BUSINESS_LOCATION");
    expect(connector.parseSecrets({ ...channel.secrets })).toEqual(channel.secrets);
    expect(() => connector.parseSecrets({ ...channel.secrets, accessToken: "ya29.x" })).toThrow();
    expect(() => connector.parseSecrets({ ...channel.secrets, pushServiceAccountEmail: "not-an-email" })).toThrow();
    expect(() => connector.parseSecrets({ ...channel.secrets, pushAudience: "not a url" })).toThrow();
    expect(connector.answerHandshake(new URL("https://inbox.example.com/api/webhooks/google?x=1"), [channel.secrets])).toBeNull();
  });
});
