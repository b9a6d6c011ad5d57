// Registering our webhook with X the v2 way (issue #23 item 3; ../../../../shared/CONNECTORS.md "X webhooks, v2
// registration"): the v1.1 Account Activity endpoints are legacy, so the webhook is created, listed and
// re-validated through the v2 Webhooks API (app-only bearer token) and the account subscribed under
// /2/account_activity/ (the account's own OAuth 1.0a token). X checks the URL with a CRC GET before it answers a
// create or a validate: our webhook route must already answer it (./webhook.ts answerHandshake).
// Contract: no database work; every failure is a ConnectorError (a refused CRC reads as X words it).
import { z } from "zod";
import { ConnectorError, type ChannelContext } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import { readBody, xFetch } from "./http";

const webhookConfig = z.object({ id: z.string().regex(/^\d+$/), url: z.string(), valid: z.boolean(), created_at: z.string().optional() });
export type XWebhookConfig = z.infer<typeof webhookConfig>;

const listBody = z.object({ data: z.array(webhookConfig).optional(), meta: z.object({ result_count: z.number() }).optional() });
// X's guides show these answers wrapped in `data` with `valid`; its API reference shows create unwrapped and
// validate as `{ data: { attempted } }`. Both are read: a shape X documents must not fail a registration.
const createBody = z.union([z.object({ data: webhookConfig }), webhookConfig.transform((data) => ({ data }))]);
const validateBody = z.object({ data: z.object({ valid: z.boolean().optional(), attempted: z.boolean().optional() }) });
const subscribedBody = z.object({ data: z.object({ subscribed: z.boolean() }) });

type X = ChannelContext<XSecrets>;

/** The app's webhooks (an app has at most a few). */
export async function listWebhooks(channel: X): Promise<XWebhookConfig[]> {
  return readBody(listBody, await xFetch(channel, { method: "GET", path: "/2/webhooks", auth: "app" }), "webhooks").data ?? [];
}

/** Creates the webhook for `url`; X answers only after our URL passed its CRC check. */
export async function createWebhook(channel: X, url: string): Promise<XWebhookConfig> {
  return readBody(createBody, await xFetch(channel, { method: "POST", path: "/2/webhooks", json: { url }, auth: "app" }), "webhook create").data;
}

/** Asks X to run the CRC check again (a webhook marked invalid after our URL failed to answer for a while). */
export async function validateWebhook(channel: X, webhookId: string): Promise<boolean> {
  const res = await xFetch(channel, { method: "PUT", path: `/2/webhooks/${numeric(webhookId)}`, auth: "app" });
  const { valid } = readBody(validateBody, res, "webhook validate").data;
  if (valid !== undefined) return valid;
  // Only "attempted": the outcome of the CRC check is what the webhook list says now.
  return (await listWebhooks(channel)).find((w) => w.id === webhookId)?.valid ?? false;
}

/** Whether the channel's account is subscribed to the webhook (its own token: the check is per user). */
export async function isSubscribed(channel: X, webhookId: string): Promise<boolean> {
  try {
    const res = await xFetch(channel, { method: "GET", path: `/2/account_activity/webhooks/${numeric(webhookId)}/subscriptions/all` });
    return readBody(subscribedBody, res, "subscription check").data.subscribed;
  } catch (err) {
    // The v1.1 check answered "not subscribed" as a 404; read it so if v2 does too.
    if (err instanceof ConnectorError && err.httpStatus === 404) return false;
    throw err;
  }
}

/** Subscribes the channel's account: its mentions and DMs are then delivered to the webhook. */
export async function subscribe(channel: X, webhookId: string): Promise<boolean> {
  const res = await xFetch(channel, { method: "POST", path: `/2/account_activity/webhooks/${numeric(webhookId)}/subscriptions/all`, json: {} });
  return readBody(subscribedBody, res, "subscription create").data.subscribed;
}

function numeric(id: string): string {
  if (!/^\d+$/.test(id)) throw new Error(`not an X webhook id: ${id}`);
  return id;
}
