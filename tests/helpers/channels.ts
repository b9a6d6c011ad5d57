// Connects channels pointed at the local fakes, through the real connect-channel use case.
import { connectChannel } from "@/lib/channels/connect-channel";
import type { ConnectChannelInput } from "@/lib/channels/schemas";
import type { YoutubeSecrets } from "@/lib/connectors/youtube/secrets";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { FakeGraph } from "../fakes/fake-graph";
import type { FakeInstagram } from "../fakes/fake-instagram";
import type { FakeX } from "../fakes/fake-x";
import type { FakeGoogle } from "../fakes/fake-google";
import type { FakeYoutube } from "../fakes/fake-youtube";
import { makeMember, makeWorkspace } from "./factories";

export const VERIFY_TOKEN = "verify-token-123";

/** A fresh workspace with a lead and a community manager, and `input` connected by the lead (the real use case). */
async function connectedOn(prisma: PrismaClient, input: ConnectChannelInput) {
  const { ws } = await makeWorkspace(prisma);
  const lead = await makeMember(prisma, ws.id, "TEAM_LEAD");
  const cm = await makeMember(prisma, ws.id, "COMMUNITY_MANAGER");
  const { channel } = await connectChannel(prisma, lead, input);
  return { ws, lead, cm, channel };
}

export async function facebookChannelOn(prisma: PrismaClient, fake: FakeGraph, token = "fake-page-token") {
  return connectedOn(prisma, {
    kind: "facebook_page",
    externalId: fake.pageId,
    name: "Maison Lumière",
    apiBaseUrl: fake.url,
    secrets: { appSecret: fake.appSecret, pageAccessToken: token, verifyToken: VERIFY_TOKEN },
  });
}

/** `bearerToken`: the app-only token, which the v2 Webhooks API requires (tests/fakes/x-webhook-registry.ts). */
export async function xChannelOn(prisma: PrismaClient, fake: FakeX, opts: { bearerToken?: string } = {}) {
  return connectedOn(prisma, {
    kind: "x_account",
    externalId: fake.userId,
    name: "@MaisonLumiere",
    apiBaseUrl: fake.url,
    secrets: {
      consumerKey: "consumer-key-1",
      consumerSecret: fake.consumerSecret,
      accessToken: "access-token-1",
      accessTokenSecret: "access-secret-1",
      ...(opts.bearerToken ? { bearerToken: opts.bearerToken } : {}),
    },
  });
}

export async function instagramChannelOn(prisma: PrismaClient, fake: FakeInstagram, token = "fake-ig-token") {
  return connectedOn(prisma, {
    kind: "instagram_account",
    externalId: fake.accountId,
    name: "@maisonlumiere",
    apiBaseUrl: fake.url,
    secrets: { appSecret: fake.appSecret, accessToken: token, verifyToken: VERIFY_TOKEN },
  });
}

/** A Google Business Profile location on the fake: its OAuth client, and the push audience and signer it expects. */
export async function googleChannelOn(prisma: PrismaClient, fake: FakeGoogle) {
  return connectedOn(prisma, {
    kind: "google_business_location",
    externalId: fake.location,
    name: "Maison Lumière Lyon",
    apiBaseUrl: fake.url,
    secrets: {
      clientId: fake.client.clientId, clientSecret: fake.client.clientSecret, refreshToken: fake.client.refreshToken,
      pushAudience: fake.pushAudience, pushServiceAccountEmail: fake.pushServiceAccountEmail,
    },
  });
}

/** A YouTube channel on the fake, connected with its owner's refresh token. */
export async function youtubeChannelOn(prisma: PrismaClient, fake: FakeYoutube, secrets: YoutubeSecrets) {
  return connectedOn(prisma, {
    kind: "youtube_channel", externalId: fake.channelId, name: "Maison Lumière TV", apiBaseUrl: fake.url, secrets,
  });
}
