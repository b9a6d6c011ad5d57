// A `mentions` webhook carries only ids: the text, author and time are read through the account node, the
// documented way to read a comment or caption on someone else's media that @mentions the account:
// `GET /{ig-user-id}?fields=mentioned_comment.comment_id(C){...}` or `mentioned_media.media_id(M){...}`.
import { z } from "zod";
import type { ChannelContext } from "../connector";
import type { ResolvedOptions } from "../facebook/config";
import type { InstagramSecrets } from "../secrets-schemas";
import type { InboundEvent, InboundMessage } from "../types";
import { instagramGraph, parseGraph, parseGraphTime } from "./graph";

const COMMENT_FIELDS = "id,text,timestamp,username,from{id,username},media{id,permalink}";
const MEDIA_FIELDS = "id,caption,timestamp,username,owner,permalink";

const mentionedCommentSchema = z.looseObject({
  mentioned_comment: z.looseObject({
    id: z.string().min(1),
    text: z.string().optional(),
    timestamp: z.string(),
    username: z.string().optional(),
    from: z.looseObject({ id: z.string().min(1), username: z.string().optional() }).optional(),
    media: z.looseObject({ id: z.string().min(1), permalink: z.string().optional() }).optional(),
  }),
});
const mentionedMediaSchema = z.looseObject({
  mentioned_media: z.looseObject({
    id: z.string().min(1),
    caption: z.string().optional(),
    timestamp: z.string(),
    username: z.string().optional(),
    owner: z.looseObject({ id: z.string().min(1) }).optional(),
    permalink: z.string().optional(),
  }),
});

/** Where a mention's GET answer is kept: its media and, for a comment, the comment. */
const keyOf = (mediaId: string, commentId: string | undefined) => `${mediaId}/${commentId ?? ""}`;
const fetchedSchema = z.record(z.string(), z.unknown());

function incompleteMentions(events: InboundEvent[]) {
  return events.flatMap((ev) => (ev.type === "message" && ev.incomplete
    ? [{ ev, mediaId: ev.thread.externalId, commentId: ev.externalId !== ev.thread.externalId ? ev.externalId : undefined }]
    : []));
}

/** Completion.fetch: what the account node answers for each incomplete mention, validated, by mention. */
export async function fetchMentions(
  channel: ChannelContext<InstagramSecrets>,
  events: InboundEvent[],
  o: ResolvedOptions,
): Promise<Record<string, unknown>> {
  const client = instagramGraph(channel, o);
  const out: Record<string, unknown> = {};
  for (const { mediaId, commentId } of incompleteMentions(events)) {
    const fields = commentId ? `mentioned_comment.comment_id(${commentId}){${COMMENT_FIELDS}}` : `mentioned_media.media_id(${mediaId}){${MEDIA_FIELDS}}`;
    const body = await client.get(client.url([channel.externalId], { fields }));
    // Checked now, so that a platform answer we cannot read fails the fetch (retried), not the stored delivery.
    out[keyOf(mediaId, commentId)] = parseGraph(commentId ? mentionedCommentSchema : mentionedMediaSchema, body, commentId ? "mentioned comment" : "mentioned media");
  }
  return out;
}

/** Completion.apply: every incomplete mention replaced by what fetchMentions stored for it. */
export function applyMentions(events: InboundEvent[], fetched: unknown): InboundEvent[] {
  const stored = fetchedSchema.parse(fetched);
  const done = new Map<InboundEvent, InboundEvent>(incompleteMentions(events).map(({ ev, mediaId, commentId }) => [ev, mentionFrom(stored[keyOf(mediaId, commentId)], mediaId, commentId)]));
  return events.map((ev) => done.get(ev) ?? ev);
}

function mentionFrom(body: unknown, mediaId: string, commentId: string | undefined): InboundMessage {
  if (commentId) {
    const c = parseGraph(mentionedCommentSchema, body, "stored mentioned comment").mentioned_comment;
    const username = c.from?.username ?? c.username;
    return mention(commentId, mediaId, {
      // Without an id the author is only a username; keep one identity per username, or per comment.
      platformUserId: c.from?.id ?? (username ? `ig-user:${username}` : `ig-anonymous:${commentId}`),
      username,
      body: c.text ?? "",
      createdAt: parseGraphTime(c.timestamp),
      permalink: c.media?.permalink,
    });
  }
  const m = parseGraph(mentionedMediaSchema, body, "stored mentioned media").mentioned_media;
  return mention(mediaId, mediaId, {
    platformUserId: m.owner?.id ?? (m.username ? `ig-user:${m.username}` : `ig-anonymous:${mediaId}`),
    username: m.username,
    body: m.caption ?? "",
    createdAt: parseGraphTime(m.timestamp),
    permalink: m.permalink,
  });
}

function mention(
  externalId: string,
  mediaId: string,
  a: { platformUserId: string; username?: string; body: string; createdAt: Date; permalink?: string },
): InboundMessage {
  return {
    type: "message",
    externalId,
    kind: "MENTION",
    direction: "INBOUND",
    visibility: "PUBLIC",
    thread: { externalId: mediaId, kind: "POST", ...(a.permalink ? { permalink: a.permalink } : {}) },
    author: { platformUserId: a.platformUserId, ...(a.username ? { handle: a.username } : {}) },
    body: a.body,
    platformCreatedAt: a.createdAt,
    ...(a.permalink ? { permalink: a.permalink } : {}),
  };
}
