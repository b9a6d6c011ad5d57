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

/** Connector.completeEvents: every incomplete mention replaced by what the GET returns. */
export async function completeMentions(
  channel: ChannelContext<InstagramSecrets>,
  events: InboundEvent[],
  o: ResolvedOptions,
): Promise<InboundEvent[]> {
  const out: InboundEvent[] = [];
  for (const ev of events) {
    if (ev.type !== "message" || !ev.incomplete) out.push(ev);
    else out.push(await fetchMention(channel, ev.thread.externalId, ev.externalId !== ev.thread.externalId ? ev.externalId : undefined, o));
  }
  return out;
}

export async function fetchMention(
  channel: ChannelContext<InstagramSecrets>,
  mediaId: string,
  commentId: string | undefined,
  o: ResolvedOptions,
): Promise<InboundMessage> {
  const client = instagramGraph(channel, o);
  if (commentId) {
    const url = client.url([channel.externalId], { fields: `mentioned_comment.comment_id(${commentId}){${COMMENT_FIELDS}}` });
    const c = parseGraph(mentionedCommentSchema, await client.get(url), "mentioned comment").mentioned_comment;
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
  const url = client.url([channel.externalId], { fields: `mentioned_media.media_id(${mediaId}){${MEDIA_FIELDS}}` });
  const m = parseGraph(mentionedMediaSchema, await client.get(url), "mentioned media").mentioned_media;
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
