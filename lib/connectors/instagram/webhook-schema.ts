// zod shapes of Instagram webhook payloads (`object: "instagram"`). Loose objects, as for Page webhooks:
// Meta adds fields without notice and a rejected delivery is retried for 36 hours for nothing.
import { z } from "zod";
import { graphId } from "../facebook/webhook-schema";

export const igEntrySchema = z.looseObject({
  /** The Instagram professional account id. */
  id: graphId,
  /** Seconds for `changes`, milliseconds for `messaging`. */
  time: z.number(),
  changes: z.array(z.unknown()).optional(),
  messaging: z.array(z.unknown()).optional(),
});
export type IgEntry = z.infer<typeof igEntrySchema>;

export const igEnvelopeSchema = z.looseObject({ object: z.literal("instagram"), entry: z.array(igEntrySchema) });

/** `comments` / `live_comments`: a comment (or a reply to one, with parent_id) on one of our media. */
export const igCommentValueSchema = z.looseObject({
  id: graphId,
  text: z.string().optional(),
  from: z.looseObject({ id: graphId, username: z.string().optional() }),
  media: z.looseObject({ id: graphId, media_product_type: z.string().optional() }),
  parent_id: graphId.optional(),
});
export type IgCommentValue = z.infer<typeof igCommentValueSchema>;

/** `mentions`: only ids; the text is read with a GET (fetch-mention.ts). */
export const igMentionValueSchema = z.looseObject({ media_id: graphId, comment_id: graphId.optional() });
export type IgMentionValue = z.infer<typeof igMentionValueSchema>;
