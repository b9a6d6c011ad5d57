// zod shapes of Meta's Page webhook payloads. Objects are loose (unknown fields kept, never rejected):
// Meta adds fields without notice, and a rejected delivery would be retried for 36 hours for nothing.
import { z } from "zod";
import { WebhookPayloadError } from "../connector";

/** Graph ids are strings; a few legacy payloads carry them as JSON numbers, normalised to strings here. */
export const graphId = z
  .union([z.string().min(1).max(256), z.number().int().nonnegative()])
  .transform((v) => String(v));

export const entrySchema = z.looseObject({
  id: graphId,
  /** Seconds for feed deliveries, milliseconds for Messenger ones. */
  time: z.number(),
  changes: z.array(z.unknown()).optional(),
  messaging: z.array(z.unknown()).optional(),
});
export type WebhookEntry = z.infer<typeof entrySchema>;

export const envelopeSchema = z.looseObject({
  object: z.literal("page"),
  entry: z.array(entrySchema),
});

export const changeSchema = z.looseObject({ field: z.string(), value: z.unknown() });

/** Just enough of a feed value to route it; only comments are validated in full. */
export const feedValueHeadSchema = z.looseObject({ item: z.string().optional() });

export const commentValueSchema = z.looseObject({
  item: z.literal("comment"),
  verb: z.string(),
  comment_id: graphId,
  post_id: graphId,
  /** = post_id for a top-level comment, else the parent comment. */
  parent_id: graphId.optional(),
  from: z.looseObject({ id: graphId, name: z.string().optional() }).optional(),
  message: z.string().optional(),
  /** Unix seconds: when this change happened on the platform. */
  created_time: z.number().optional(),
  is_hidden: z.boolean().optional(),
  // Only used for the thread permalink; a surprising shape there is not worth rejecting the delivery.
  post: z.looseObject({ permalink_url: z.string().optional() }).optional().catch(undefined),
});
export type CommentValue = z.infer<typeof commentValueSchema>;

/** Items a Page feed reports for posts (a visitor's, the Page's own, or a public post tagging the Page). */
export const POST_ITEMS = ["status", "post", "photo", "video", "share"] as const;

export const postValueSchema = z.looseObject({
  item: z.enum(POST_ITEMS),
  verb: z.string(),
  post_id: graphId,
  from: z.looseObject({ id: graphId, name: z.string().optional() }).optional(),
  /** Missing for a photo or video without text. */
  message: z.string().optional(),
  created_time: z.number().optional(),
  link: z.string().optional().catch(undefined),
});
export type PostValue = z.infer<typeof postValueSchema>;

/** `mention` field: a post or comment elsewhere that @mentions the Page. */
export const mentionValueSchema = z.looseObject({
  item: z.enum(["post", "comment"]),
  verb: z.string(),
  post_id: graphId,
  comment_id: graphId.optional(),
  sender_id: graphId.optional(),
  sender_name: z.string().optional(),
  message: z.string().optional(),
  created_time: z.number().optional(),
});
export type MentionValue = z.infer<typeof mentionValueSchema>;

/** Any Messenger event: messages, echoes, deliveries, reads, postbacks... only `message` is used. */
export const messagingEventSchema = z.looseObject({
  sender: z.looseObject({ id: graphId }).optional(),
  recipient: z.looseObject({ id: graphId }).optional(),
  timestamp: z.number().optional(),
  message: z.unknown().optional(),
});

export const messengerMessageSchema = z.looseObject({
  mid: z.string().min(1),
  text: z.string().optional(),
  is_echo: z.boolean().optional(),
  reply_to: z.looseObject({ mid: z.string().min(1) }).optional(),
  attachments: z.array(z.looseObject({ type: z.string() })).optional(),
});

/** Parses or throws WebhookPayloadError naming the first problems (paths only, no payload content). */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issues = r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("; ");
  throw new WebhookPayloadError(`malformed ${what}: ${issues}`);
}

/** Entry `time` is seconds for feed and milliseconds for Messenger; tell them apart by magnitude. */
export function entryTime(time: number): Date {
  return new Date(time > 100_000_000_000 ? time : time * 1000);
}
