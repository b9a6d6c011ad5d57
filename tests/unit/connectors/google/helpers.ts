// Shared set-up for the Google connector tests: a fake Google on loopback, a channel pointing at it, and a
// connector and fake sharing one clock that a test can move (token expiry, JWT times, key-cache ages).
import type { ChannelContext, OutgoingReply, WebhookRequest } from "@/lib/connectors/connector";
import { createGoogleConnector, googleEndpoints, type GoogleConnectorOptions } from "@/lib/connectors/google";
import type { GoogleSecrets } from "@/lib/connectors/google/secrets";
import { startFakeGoogle, type FakeGoogle } from "../../../fakes/fake-google";

export interface GoogleRig {
  fake: FakeGoogle;
  channel: ChannelContext<GoogleSecrets>;
  connector: ReturnType<typeof createGoogleConnector>;
  clock: { ms: number; advance(ms: number): void };
}

export async function startGoogle(options: GoogleConnectorOptions = {}): Promise<GoogleRig> {
  const clock = {
    ms: Date.parse("2024-05-02T12:00:00Z"),
    advance(ms: number) {
      this.ms += ms;
    },
  };
  const fake = await startFakeGoogle({ now: () => clock.ms });
  const secrets: GoogleSecrets = {
    clientId: fake.client.clientId,
    clientSecret: fake.client.clientSecret,
    refreshToken: fake.client.refreshToken,
    pushAudience: fake.pushAudience,
    pushServiceAccountEmail: fake.pushServiceAccountEmail,
  };
  const connector = createGoogleConnector({ jwksUrl: googleEndpoints(fake.url).jwks, now: () => new Date(clock.ms), ...options });
  return { fake, channel: { id: "google-channel-1", externalId: fake.location, apiBaseUrl: fake.url, secrets }, connector, clock };
}

/** What the webhook route hands verifySignature for a push carrying `jwt`. */
export function pushRequest(body: unknown, jwt?: string): WebhookRequest {
  const headers = new Headers({ "content-type": "application/json" });
  if (jwt !== undefined) headers.set("authorization", `Bearer ${jwt}`);
  return { url: new URL("https://inbox.example.com/api/webhooks/google"), headers, rawBody: Buffer.from(JSON.stringify(body)) };
}

export function reply(over: Partial<OutgoingReply>): OutgoingReply {
  return {
    text: "Merci pour votre retour, nous revenons vers vous aujourd'hui.",
    inReplyToExternalId: "r1",
    inReplyToKind: "POST",
    recipientPlatformUserId: "google:Camille Lefort",
    lastCustomerMessageAt: new Date(),
    ...over,
  };
}

export const tokenCalls = (fake: FakeGoogle) => fake.requests.filter((r) => r.path === "/token");
export const certCalls = (fake: FakeGoogle) => fake.requests.filter((r) => r.path === "/oauth2/v3/certs");
