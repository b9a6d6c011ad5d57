// Shared set-up for the Instagram connector tests: a fake Instagram Graph server and a channel pointing at it.
import type { ChannelContext, OutgoingReply } from "@/lib/connectors/connector";
import type { InstagramSecrets } from "@/lib/connectors/secrets-schemas";
import { startFakeInstagram, type FakeInstagram } from "../../../fakes/fake-instagram";

export const ACCOUNT_ID = "17841400000000001";
export const SECRETS: InstagramSecrets = { appSecret: "ig-app-secret-123", accessToken: "IGQV-token-0123456789", verifyToken: "ig-verify-token" };

export async function startInstagram(): Promise<{ fake: FakeInstagram; channel: ChannelContext<InstagramSecrets> }> {
  const fake = await startFakeInstagram({ accountId: ACCOUNT_ID, appSecret: SECRETS.appSecret, accessToken: SECRETS.accessToken });
  return { fake, channel: { id: "ig-channel", externalId: ACCOUNT_ID, apiBaseUrl: fake.url, secrets: SECRETS } };
}

export function reply(over: Partial<OutgoingReply>): OutgoingReply {
  return {
    text: "Bonjour, nous regardons votre commande tout de suite.",
    inReplyToExternalId: "1",
    inReplyToKind: "COMMENT",
    recipientPlatformUserId: "ig-user-1",
    lastCustomerMessageAt: new Date(),
    ...over,
  };
}
