// Channels: the workspace's connected pages and accounts with their health, and connecting one. Secrets are
// sealed on the way in and never selected on the way out (CHANNEL_PUBLIC_FIELDS), nor declared here.
import { z } from "zod";
import { connectChannel } from "../../channels/connect-channel";
import { listChannels } from "../../channels/list-channels";
import { channelIdParam, connectChannelInput, registerXWebhookInput, webhookRegistration } from "../../channels/schemas";
import { registerXWebhook } from "../../channels/register-x-webhook";
import { getPrisma } from "../../server/db";
import { enqueuePoll } from "../../server/jobs";
import { answer, jsonOperation } from "../operation";
import { dataOf, id, isoDate, nullableDate } from "./wire";

/** A channel as the API shows it (CHANNEL_PUBLIC_FIELDS): never its secrets. */
export const channelView = z.looseObject({
  id, kind: z.enum(["FACEBOOK_PAGE", "X_ACCOUNT", "DEMO", "INSTAGRAM_ACCOUNT"]), platform: z.enum(["FACEBOOK", "X", "INSTAGRAM"]),
  externalId: z.string(), name: z.string(), status: z.enum(["ACTIVE", "DISCONNECTED", "PAUSED"]), apiBaseUrl: z.string().nullable(),
  lastEventAt: nullableDate, lastPollAt: nullableDate, lastError: z.string().nullable(), lastErrorAt: nullableDate, createdAt: isoDate,
  /** In the list only: how the channel's webhook was registered (X, v2), as last checked. */
  webhookRegistration: webhookRegistration.nullable().optional(),
});

export const listChannelsOp = jsonOperation({
  method: "GET", path: "/api/v1/channels", tag: "Channels", summary: "Channels and their health (never their secrets)",
  access: { permission: "channels.view" }, status: 200, response: dataOf(z.array(channelView)),
  handler: async ({ member }) => ({ data: await listChannels(await getPrisma(), member) }),
});

export const connectChannelOp = jsonOperation({
  method: "POST", path: "/api/v1/channels", tag: "Channels",
  summary: "Connect or reconnect a channel: 201 when it is new, 200 when an existing one was reconnected; answers { data }: the channel, never its secrets",
  access: { permission: "channels.manage" }, body: connectChannelInput,
  status: 201, also: { 200: "An existing channel reconnected" }, response: dataOf(channelView),
  async handler({ member, body }) {
    const { channel, created } = await connectChannel(await getPrisma(), member, body, enqueuePoll);
    return answer(created ? 201 : 200, { data: channel });
  },
});

export const registerXWebhookOp = jsonOperation({
  method: "POST", path: "/api/v1/channels/{id}/x-webhook", tag: "Channels",
  summary: "Register an X channel's webhook through X's v2 Webhooks API and subscribe its account (X checks the URL by CRC first); idempotent. 502 with X's answer when X refuses",
  access: { permission: "channels.manage" }, params: z.object({ id: channelIdParam }), body: registerXWebhookInput,
  status: 200, response: dataOf(webhookRegistration),
  handler: async ({ member, params, body }) => ({ data: await registerXWebhook(await getPrisma(), member, params.id, body.url) }),
});

export const CHANNEL_OPERATIONS = [listChannelsOp, connectChannelOp, registerXWebhookOp];
