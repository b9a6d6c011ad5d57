// Polling, the only feed YouTube offers for comments (no push). Each poll reads the channel's held lists
// (heldForReview, likelySpam: what awaits moderation comes first) and then the published threads, newest first
// down to the watermark, with replies beyond the five inline ones read through comments.list. Every call is paid
// from the day's quota; a poll stops where the reserve for replies and moderation begins and returns what it has. Its watermark then stays where it was: a list read halfway cannot vouch for what
// lies below, and page tokens are not kept across polls, so the next one starts again at the top (ingest dedupes).
import type { ChannelContext, FetchResult } from "../connector";
import type { InboundEvent } from "../types";
import { readBody, youtubeFetch } from "./http";
import { commentEvents, videoThread, type ListStatus } from "./map";
import type { ResolvedYoutubeOptions } from "./options";
import { QUOTA_COST, QuotaBudget, readCursor, type YoutubeCursor } from "./quota";
import type { YoutubeSecrets } from "./secrets";
import type { VideoTitles } from "./video-titles";
import { commentListSchema, commentThreadListSchema, type YtComment, type YtCommentThread } from "./wire-schema";

const HELD_LISTS: ListStatus[] = ["heldForReview", "likelySpam"];

interface Sweep {
  channel: ChannelContext<YoutubeSecrets>;
  o: ResolvedYoutubeOptions;
  budget: QuotaBudget;
  titles: VideoTitles;
  /** Keyed so that a comment met in two lists (a thread can be in several) is reported once. */
  events: Map<string, InboundEvent>;
  /** Newest top-level publishedAt of the published list: the next watermark. */
  newestMs: number;
}

export async function fetchSince(
  channel: ChannelContext<YoutubeSecrets>,
  cursorValue: unknown,
  opts: { backfillSince: Date },
  o: ResolvedYoutubeOptions,
  titles: VideoTitles,
): Promise<FetchResult> {
  const cursor = readCursor(cursorValue, o.now());
  const sweep: Sweep = { channel, o, budget: new QuotaBudget(cursor, o.dailyQuota, o.reserveFraction), titles, events: new Map(), newestMs: -Infinity };
  const backfillMs = opts.backfillSince.getTime();
  const stopAtMs = cursor.watermark ? Date.parse(cursor.watermark) - o.overlapMs : backfillMs;
  let complete = true;
  // A thread is in a held list when only a reply is held, and the list is ordered by the top-level comment: held
  // lists look further back than the watermark so a reply held on a recent thread is still found. Reading them
  // whole would let a spam backlog eat the day's quota at every poll.
  const heldStopMs = cursor.watermark ? Math.max(backfillMs, stopAtMs - o.heldLookbackMs) : backfillMs;
  for (const list of HELD_LISTS) {
    complete = await readList(sweep, list, heldStopMs);
    if (!complete) break;
  }
  if (complete) complete = await readList(sweep, "published", stopAtMs);

  const events = [...sweep.events.values()].sort((a, b) => timeOf(a) - timeOf(b));
  // Never moves back: a sweep that found nothing newer keeps the old watermark.
  const previousMs = cursor.watermark ? Date.parse(cursor.watermark) : -Infinity;
  const newestMs = Math.max(sweep.newestMs, previousMs);
  const watermark = complete && newestMs > -Infinity ? new Date(newestMs).toISOString() : cursor.watermark;
  const next: YoutubeCursor = { watermark, day: cursor.day, spent: sweep.budget.spent };
  return { events, cursor: next };
}

const timeOf = (e: InboundEvent): number => (e.type === "message" ? e.platformCreatedAt : e.platformTime).getTime();

/**
 * One commentThreads list, page by page. Threads come newest first (order=time, by the top-level comment), so the
 * list ends at the first thread at or before `stopAtMs`. False when the budget ran out.
 */
async function readList(s: Sweep, list: ListStatus, stopAtMs: number): Promise<boolean> {
  let pageToken: string | undefined;
  for (;;) {
    if (!s.budget.canSpend(QUOTA_COST.listPage)) return false;
    s.budget.spend(QUOTA_COST.listPage);
    const query: Record<string, string> = {
      part: "snippet,replies",
      allThreadsRelatedToChannelId: s.channel.externalId,
      order: "time",
      maxResults: String(s.o.pageSize),
      ...(list === "published" ? {} : { moderationStatus: list }),
      ...(pageToken ? { pageToken } : {}),
    };
    const res = await youtubeFetch(s.channel, { method: "GET", path: "/commentThreads", query }, s.o);
    const page = readBody(commentThreadListSchema, res, "commentThreads.list");
    const fresh: YtCommentThread[] = [];
    let reachedOld = false;
    for (const t of page.items) {
      if (Date.parse(t.snippet.topLevelComment.snippet.publishedAt) <= stopAtMs) {
        reachedOld = true;
        break;
      }
      fresh.push(t);
    }
    await s.titles.load(s.channel, fresh.flatMap((t) => videoOf(t) ?? []), s.budget, s.o);
    for (const t of fresh) {
      if (list === "published") s.newestMs = Math.max(s.newestMs, Date.parse(t.snippet.topLevelComment.snippet.publishedAt));
      if (!(await readThread(s, t, list))) return false;
    }
    if (reachedOld || !page.nextPageToken) return true;
    pageToken = page.nextPageToken;
  }
}

const videoOf = (t: YtCommentThread): string | undefined => t.snippet.videoId ?? t.snippet.topLevelComment.snippet.videoId;

/** A thread's top-level comment and replies; false when the budget ran out before all replies were read. */
async function readThread(s: Sweep, t: YtCommentThread, list: ListStatus): Promise<boolean> {
  const top = t.snippet.topLevelComment;
  const ctx = { thread: videoThread(videoOf(t), s.channel.externalId, s.titles.known), ownChannelId: s.channel.externalId, list };
  const add = (c: YtComment, parentId?: string) => {
    const withParent = parentId && !c.snippet.parentId ? { ...c, snippet: { ...c.snippet, parentId } } : c;
    for (const e of commentEvents(withParent, ctx)) s.events.set(eventKey(e), e);
  };
  add(top);
  const inline = t.replies?.comments ?? [];
  for (const r of inline) add(r, top.id);
  // Held lists carry the held replies inline; the published list's missing replies come from comments.list.
  if (list !== "published" || (t.snippet.totalReplyCount ?? 0) <= inline.length) return true;
  let pageToken: string | undefined;
  for (;;) {
    if (!s.budget.canSpend(QUOTA_COST.listPage)) return false;
    s.budget.spend(QUOTA_COST.listPage);
    const query: Record<string, string> = { part: "snippet", parentId: top.id, maxResults: String(s.o.pageSize), ...(pageToken ? { pageToken } : {}) };
    const res = await youtubeFetch(s.channel, { method: "GET", path: "/comments", query }, s.o);
    const page = readBody(commentListSchema, res, "comments.list");
    for (const r of page.items) add(r, top.id);
    if (!page.nextPageToken) return true;
    pageToken = page.nextPageToken;
  }
}

const eventKey = (e: InboundEvent): string => (e.type === "message" ? e.externalId : `${e.externalId}|${e.kind}|${e.platformTime.getTime()}`);
