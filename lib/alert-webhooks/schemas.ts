// The workspace's outbound alert webhook (settings form, action). No server imports here.
import { z } from "zod";

export const alertWebhookInput = z
  .object({
    url: z.url({ protocol: /^https?$/, error: "Give an http(s) URL" }).max(500),
    /** Shared secret for the HMAC signature; at least 16 characters. Left empty on update: keep the current one. */
    secret: z.string().min(16, "Use a secret of 16 characters or more").max(200).optional(),
    active: z.boolean().default(true),
  })
  .strict();
export type AlertWebhookInput = z.infer<typeof alertWebhookInput>;
