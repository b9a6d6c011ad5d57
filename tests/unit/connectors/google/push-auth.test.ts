// Pub/Sub push authentication: the OIDC token's RS256 signature against the JWKS, and its iss/aud/email/time
// claims. Every failure is `false`, never a throw.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startRecordingServer } from "../../../fakes/fake-http";
import { certCalls, pushRequest, startGoogle, type GoogleRig } from "./helpers";

let rig: GoogleRig;
beforeEach(async () => {
  rig = await startGoogle();
});
afterEach(() => rig.fake.close());

const verify = (jwt: string | undefined) => rig.connector.verifySignature(pushRequest({}, jwt), rig.channel.secrets);

describe("Google push verification", () => {
  it("accepts a token Google signed for our audience and push service account", async () => {
    expect(await verify(rig.fake.signPushJwt())).toBe(true);
    // Both spellings of Google's issuer are in use.
    expect(await verify(rig.fake.signPushJwt({ iss: "accounts.google.com" }))).toBe(true);
    // Keys are cached: one JWKS read for both.
    expect(certCalls(rig.fake)).toHaveLength(1);
  });

  it("refuses a token signed with a key Google never published (a forgery under a real kid)", async () => {
    expect(await verify(rig.fake.signPushJwt({}, { signWith: "foreign" }))).toBe(false);
  });

  it("refuses expired tokens and tokens issued in the future, with a minute of skew either way", async () => {
    expect(await verify(rig.fake.signPushJwt({}, { expired: true }))).toBe(false);
    const nowS = Math.floor(rig.clock.ms / 1000);
    expect(await verify(rig.fake.signPushJwt({ iat: nowS - 3600, exp: nowS - 30 }))).toBe(true);
    expect(await verify(rig.fake.signPushJwt({ iat: nowS - 3600, exp: nowS - 90 }))).toBe(false);
    expect(await verify(rig.fake.signPushJwt({ iat: nowS + 300, exp: nowS + 3900 }))).toBe(false);
  });

  it("refuses another audience, issuer or service account, and an unverified email", async () => {
    expect(await verify(rig.fake.signPushJwt({ aud: "https://elsewhere.example.com/push" }))).toBe(false);
    expect(await verify(rig.fake.signPushJwt({ iss: "https://evil.example.com" }))).toBe(false);
    expect(await verify(rig.fake.signPushJwt({ email: "someone-else@inbox-test.iam.gserviceaccount.com" }))).toBe(false);
    expect(await verify(rig.fake.signPushJwt({ email_verified: false }))).toBe(false);
  });

  it("refuses anything but an RS256 Bearer JWT without throwing", async () => {
    expect(await verify(undefined)).toBe(false);
    expect(await verify("not-a-jwt")).toBe(false);
    expect(await verify(rig.fake.signPushJwt({}, { alg: "HS256" }))).toBe(false);
    expect(await verify(rig.fake.signPushJwt({}, { alg: "none" }))).toBe(false);
    const [h, p] = rig.fake.signPushJwt().split(".");
    expect(await verify(`${h}.${p}.`)).toBe(false);
  });

  it("re-reads the keys once for an unknown kid, not more than every 30 s, and then accepts a rotated key", async () => {
    const old = rig.fake.signPushJwt();
    expect(await verify(old)).toBe(true);
    expect(await verify(rig.fake.signPushJwt({}, { kid: "unknown-kid" }))).toBe(false);
    // Fresh keys (read just now): an unknown kid is not worth another read yet.
    expect(certCalls(rig.fake)).toHaveLength(1);
    rig.fake.rotateKey(true);
    const rotated = rig.fake.signPushJwt();
    expect(await verify(rotated)).toBe(false);
    rig.clock.advance(31_000);
    expect(await verify(rotated)).toBe(true);
    expect(certCalls(rig.fake)).toHaveLength(2);
    // The old key was withdrawn with the rotation: its tokens no longer verify.
    expect(await verify(old)).toBe(false);
  });

  it("refuses (and does not throw) when Google's keys cannot be read", async () => {
    rig.fake.failNext(1, { code: 503, status: "UNAVAILABLE" }, /oauth2\/v3\/certs/);
    expect(await verify(rig.fake.signPushJwt())).toBe(false);
    // The next push reads them again.
    expect(await verify(rig.fake.signPushJwt())).toBe(true);
  });

  it("a push as the fake sends it (envelope + Bearer header) verifies and splits to the location", async () => {
    const receiver = await startRecordingServer(() => ({ status: 204, body: undefined }));
    try {
      rig.fake.addReview({ reviewId: "r-push" });
      await rig.fake.pushNotification(`${receiver.url}/api/webhooks/google`, { type: "NEW_REVIEW", reviewId: "r-push" });
      const [got] = receiver.requests;
      const req = { url: new URL(`${receiver.url}${got!.path}`), headers: new Headers(got!.headers), rawBody: Buffer.from(got!.rawBody) };
      expect(await rig.connector.verifySignature(req, rig.channel.secrets)).toBe(true);
      expect(rig.connector.splitWebhook(JSON.parse(got!.rawBody))).toEqual([{ channelExternalId: rig.fake.location, payload: expect.objectContaining({ reviewId: "r-push" }) }]);
      await rig.fake.pushNotification(`${receiver.url}/api/webhooks/google`, { type: "NEW_REVIEW", reviewId: "r-push" }, { jwt: null });
      expect(receiver.requests[1]!.headers.authorization).toBeUndefined();
    } finally {
      await receiver.close();
    }
  });
});
