// Shared set-up for the YouTube connector tests: a fake YouTube (API + token endpoint on one origin), a channel
// pointing at it, and a clock the tests move (the quota day follows Pacific midnight).
import type { ChannelContext, OutgoingReply } from "@/lib/connectors/connector";
import type { InboundEvent, InboundMessage } from "@/lib/connectors/types";
import type { YoutubeSecrets } from "@/lib/connectors/youtube";
import { startFakeYoutube, type FakeYoutube, type FakeYoutubeOptions } from "../../../fakes/fake-youtube";

export const CHANNEL_ID = "UCmaisonLumiere000000001";
export const SECRETS: YoutubeSecrets = {
  clientId: "1234567890-test.apps.googleusercontent.com",
  clientSecret: "GOCSPX-test-client-secret",
  refreshToken: "1//0owner-refresh-token-for-tests",
};

export const customer = { channelId: "UCcamilleLefort000000001", displayName: "@camillelefort" };
export const other = { channelId: "UCjeanMartin000000000001", displayName: "Jean Martin" };
export const owner = { channelId: CHANNEL_ID, displayName: "@MaisonLumiere" };

let channelSeq = 0;

export async function startYoutube(opts: FakeYoutubeOptions = {}): Promise<{ fake: FakeYoutube; channel: ChannelContext<YoutubeSecrets> }> {
  const fake = await startFakeYoutube({ channelId: CHANNEL_ID, clientId: SECRETS.clientId, clientSecret: SECRETS.clientSecret, refreshToken: SECRETS.refreshToken, ...opts });
  // A channel id per test: access tokens are cached per channel id, in memory, across connector instances.
  channelSeq += 1;
  return { fake, channel: { id: `yt-channel-${channelSeq}`, externalId: CHANNEL_ID, apiBaseUrl: fake.url, secrets: SECRETS } };
}

/** A clock the test sets and moves. */
export function testClock(start: string | Date): { now: () => Date; set(t: string | Date): void } {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (t) => {
      current = new Date(t);
    },
  };
}

export const messages = (events: InboundEvent[]): InboundMessage[] => events.filter((e): e is InboundMessage => e.type === "message");
export const byId = (events: InboundEvent[], id: string): InboundMessage | undefined => messages(events).find((m) => m.externalId === id);

export function reply(over: Partial<OutgoingReply>): OutgoingReply {
  return {
    text: "Bonjour Camille, nous regardons votre commande tout de suite.",
    inReplyToExternalId: "x",
    inReplyToKind: "COMMENT",
    recipientPlatformUserId: customer.channelId,
    lastCustomerMessageAt: new Date(),
    ...over,
  };
}

/** The error a promise rejects with (the test then checks its fields). */
export async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => new Error("expected a failure"),
    (e: unknown) => e,
  );
}
