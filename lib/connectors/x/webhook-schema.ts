// Validation of X Account Activity (v1.1) webhook bodies. Only the arrays we act on are validated;
// unknown fields and unknown event arrays (favorite_events, follow_events, typing indicators…) pass
// through untouched. Ids are read from the *_str fields (or string ids): v1.1 also carries bare 64-bit
// numbers that JSON.parse has already rounded, so those are never read.
import { z } from "zod";
import { WebhookPayloadError } from "../connector";
import { idString, isNumericId } from "./ids";
import { parseMillis } from "./time";

const millisString = z.union([z.string().regex(/^\d{1,16}$/), z.number().int().nonnegative()]);

const v1UserSchema = z.object({
  id_str: idString,
  screen_name: z.string(),
  name: z.string().optional(),
  followers_count: z.number().optional(),
});

const tweetSchema = z.object({
  id_str: idString,
  text: z.string(),
  created_at: z.string(),
  timestamp_ms: millisString.optional(),
  extended_tweet: z.object({ full_text: z.string() }).nullish(),
  user: v1UserSchema,
  in_reply_to_status_id_str: idString.nullish(),
  // Present (non-null) on pure retweets only.
  retweeted_status: z.unknown().optional(),
});

const dmCreateSchema = z.object({
  type: z.literal("message_create"),
  id: idString,
  created_timestamp: millisString,
  message_create: z.object({
    target: z.object({ recipient_id: idString }),
    sender_id: idString,
    source_app_id: z.string().optional(),
    message_data: z.object({ text: z.string() }),
  }),
});

const dmUserSchema = z.object({
  name: z.string().optional(),
  screen_name: z.string().optional(),
  followers_count: z.number().optional(),
});

const deleteSchema = z.object({
  // `id` is a string in delete events; `id_str` is accepted too. A bare number is never trusted.
  status: z.object({ id: z.unknown().optional(), id_str: idString.optional() }),
  timestamp_ms: millisString,
});

const activitySchema = z.object({
  for_user_id: idString,
  tweet_create_events: z.array(tweetSchema).optional(),
  // Other DM event types exist (and may be added); only message_create is validated in depth.
  direct_message_events: z.array(z.looseObject({ type: z.string() })).optional(),
  users: z.record(z.string(), dmUserSchema).optional(),
  tweet_delete_events: z.array(deleteSchema).optional(),
});

export type V1Tweet = z.infer<typeof tweetSchema>;
export type V1DmCreate = z.infer<typeof dmCreateSchema>;
export type V1DmUser = z.infer<typeof dmUserSchema>;

export interface TweetDelete {
  id: string;
  at: Date;
}

export interface ActivityPayload {
  forUserId: string;
  tweets: V1Tweet[];
  dms: V1DmCreate[];
  users: Record<string, V1DmUser>;
  deletes: TweetDelete[];
}

function fail(error: z.ZodError, prefix = ""): never {
  const issue = error.issues[0];
  const where = issue ? `${prefix}${issue.path.join(".")}` : prefix;
  throw new WebhookPayloadError(`Invalid X account activity payload${where ? ` at ${where}` : ""}: ${issue?.message ?? "bad shape"}`);
}

/** Validates a whole webhook body; throws WebhookPayloadError on a shape we cannot trust. */
export function parseActivity(body: unknown): ActivityPayload {
  const r = activitySchema.safeParse(body);
  if (!r.success) fail(r.error);
  const p = r.data;
  const dms: V1DmCreate[] = [];
  (p.direct_message_events ?? []).forEach((ev, i) => {
    if (ev.type !== "message_create") return;
    const d = dmCreateSchema.safeParse(ev);
    if (!d.success) fail(d.error, `direct_message_events.${i}.`);
    dms.push(d.data);
  });
  const deletes = (p.tweet_delete_events ?? []).map((ev, i): TweetDelete => {
    const id = ev.status.id_str ?? (isNumericId(ev.status.id) ? ev.status.id : undefined);
    const at = parseMillis(ev.timestamp_ms);
    if (!id || !at) throw new WebhookPayloadError(`Invalid X account activity payload at tweet_delete_events.${i}: no string status id`);
    return { id, at };
  });
  return { forUserId: p.for_user_id, tweets: p.tweet_create_events ?? [], dms, users: p.users ?? {}, deletes };
}
