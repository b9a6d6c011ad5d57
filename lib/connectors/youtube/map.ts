// YouTube comments to neutral events. A video is the thread (kind POST, its title as text); a top-level comment
// and its replies are COMMENTs, replies pointing at the top-level comment (YouTube nests one level only, and a
// reply's id is `TOPLEVEL.REPLY`). The channel's own comments are OUTBOUND; an edit is an EDITED event beside
// the message, keyed by its time, so the original text is never overwritten.
import type { InboundEvent, InboundMessage, InboundThread } from "../types";
import type { YtComment } from "./wire-schema";

/** Which commentThreads list a comment was read from. */
export type ListStatus = "published" | "heldForReview" | "likelySpam";

const HELD: Record<string, InboundMessage["held"]> = { heldForReview: "review", likelySpam: "likely_spam" };

export const watchUrl = (videoId: string): string => `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;

/** The top-level comment id of a comment or reply id (`PARENT.REPLY` → `PARENT`). */
export const topLevelId = (commentId: string): string => commentId.split(".")[0] ?? commentId;

/** The video a comment hangs on; a comment on the channel itself (no video) hangs on the channel. */
export function videoThread(videoId: string | undefined, channelExternalId: string, titles: ReadonlyMap<string, string>): InboundThread {
  if (!videoId) {
    return { externalId: `channel:${channelExternalId}`, kind: "POST", permalink: `https://www.youtube.com/channel/${encodeURIComponent(channelExternalId)}` };
  }
  const title = titles.get(videoId);
  return { externalId: videoId, kind: "POST", ...(title ? { text: title } : {}), permalink: watchUrl(videoId) };
}

export interface MapContext {
  thread: InboundThread;
  ownChannelId: string;
  list: ListStatus;
}

/**
 * Held state: the owner's answers carry each comment's `moderationStatus`; without it, a top-level comment read
 * from a held list is taken to be held (a held list also holds threads where only a reply is held).
 */
function heldOf(c: YtComment, isTopLevel: boolean, list: ListStatus): InboundMessage["held"] {
  const status = c.snippet.moderationStatus ?? (isTopLevel ? list : "published");
  return HELD[status];
}

export function commentEvents(c: YtComment, ctx: MapContext): InboundEvent[] {
  const s = c.snippet;
  const parent = s.parentId ?? (c.id.includes(".") ? topLevelId(c.id) : undefined);
  const isTopLevel = parent === undefined;
  const authorId = s.authorChannelId?.value;
  const name = s.authorDisplayName;
  const held = heldOf(c, isTopLevel, ctx.list);
  const videoId = s.videoId ?? (ctx.thread.kind === "POST" && !ctx.thread.externalId.startsWith("channel:") ? ctx.thread.externalId : undefined);
  const message: InboundMessage = {
    type: "message",
    externalId: c.id,
    kind: "COMMENT",
    direction: authorId !== undefined && authorId === ctx.ownChannelId ? "OUTBOUND" : "INBOUND",
    visibility: "PUBLIC",
    thread: ctx.thread,
    ...(parent ? { parentExternalId: parent } : {}),
    author: {
      // A deleted author channel leaves no id: still one person per comment, never merged with others.
      platformUserId: authorId ?? `youtube-anonymous:${c.id}`,
      ...(name ? { name } : {}),
      // YouTube shows handles as the display name ("@name"): the handle is that, without the "@".
      ...(name?.startsWith("@") ? { handle: name.slice(1) } : {}),
      ...(s.authorChannelUrl ? { profileUrl: s.authorChannelUrl } : {}),
    },
    // textOriginal is what the author typed; textDisplay is HTML (only the owner and author get textOriginal).
    body: s.textOriginal ?? s.textDisplay ?? "",
    platformCreatedAt: new Date(s.publishedAt),
    ...(videoId ? { permalink: `${watchUrl(videoId)}&lc=${encodeURIComponent(c.id)}` } : {}),
    ...(held ? { held } : {}),
  };
  const events: InboundEvent[] = [message];
  if (s.updatedAt && Date.parse(s.updatedAt) > Date.parse(s.publishedAt)) {
    events.push({ type: "message_event", externalId: c.id, kind: "EDITED", newText: message.body, platformTime: new Date(s.updatedAt) });
  }
  return events;
}
