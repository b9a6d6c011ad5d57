// Shapes of the X API v2 responses we read. Objects are not strict: X adds fields over time.
import { z } from "zod";
import { idString } from "./ids";

export const v2UserSchema = z.object({
  id: idString,
  username: z.string().optional(),
  name: z.string().optional(),
  public_metrics: z.object({ followers_count: z.number().optional() }).optional(),
});

export const v2TweetSchema = z.object({
  id: idString,
  text: z.string(),
  author_id: idString.optional(),
  conversation_id: idString.optional(),
  created_at: z.string().optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: idString })).optional(),
  edit_history_tweet_ids: z.array(idString).optional(),
  // Posts longer than 280 characters: `text` is cut, the whole text is here.
  note_tweet: z.object({ text: z.string() }).optional(),
});

const includesSchema = z.object({ users: z.array(v2UserSchema).optional() }).optional();

const metaSchema = z
  .object({
    newest_id: idString.optional(),
    oldest_id: idString.optional(),
    result_count: z.number().optional(),
    next_token: z.string().min(1).optional(),
  })
  .optional();

/** `data` is absent, not empty, when there is nothing. */
export const mentionsPageSchema = z.object({ data: z.array(v2TweetSchema).optional(), includes: includesSchema, meta: metaSchema });

export const v2DmEventSchema = z.object({
  id: idString,
  event_type: z.string(),
  text: z.string().optional(),
  sender_id: idString.optional(),
  dm_conversation_id: z.string().optional(),
  created_at: z.string().optional(),
});

export const dmPageSchema = z.object({ data: z.array(v2DmEventSchema).optional(), includes: includesSchema, meta: metaSchema });

export type V2User = z.infer<typeof v2UserSchema>;
export type V2Tweet = z.infer<typeof v2TweetSchema>;
export type V2DmEvent = z.infer<typeof v2DmEventSchema>;

/** includes.users by id. */
export function usersById(users: V2User[] | undefined): Map<string, V2User> {
  return new Map((users ?? []).map((u) => [u.id, u]));
}

export const USER_FIELDS = "username,name,public_metrics";
