// Polling: Page feed -> comments of each post (filter=stream, chronological), following paging.next,
// at most `maxRequestsPerFetch` Graph calls per invocation. See cursor.ts for how sweeps resume.
import type { ChannelContext, FetchResult } from "../connector";
import type { FacebookSecrets } from "../secrets-schemas";
import type { InboundEvent, InboundThread } from "../types";
import { FRESHNESS_MARGIN_S, type ResolvedOptions } from "./config";
import { commitSweep, isNew, newSweep, noteComment, readCursor, type FacebookCursor, type Sweep } from "./cursor";
import { GraphError } from "./errors";
import { graphClient, type GraphClient } from "./graph-client";
import { graphCommentSchema, graphPostSchema, pagedSchema, parseGraph, parseGraphTime, polledComment, polledVisitorPost, postThread } from "./graph-comments";

// `from` tells a visitor's post (a message) from the Page's own (a thread only).
const FEED_FIELDS = "id,message,from,created_time,permalink_url";
const COMMENT_FIELDS = "id,message,from,created_time,parent,is_hidden,permalink_url";
const feedPage = pagedSchema(graphPostSchema);
const commentPage = pagedSchema(graphCommentSchema);

export async function fetchSince(
  channel: ChannelContext<FacebookSecrets>,
  cursorValue: unknown,
  opts: { backfillSince: Date },
  o: ResolvedOptions,
): Promise<FetchResult> {
  const client = graphClient(channel, o);
  const pageId = channel.externalId;
  const nowS = Math.floor(o.now().getTime() / 1000);
  const prev = readCursor(cursorValue);
  // First poll: comments since backfillSince. Posts are read from the lookback window (or further back
  // when backfillSince is older): a recent comment often lands on an older post.
  const mark = prev ?? { since: Math.floor(opts.backfillSince.getTime() / 1000), seenAtSince: [] };
  const lookbackStart = nowS - Math.floor(o.postLookbackMs / 1000);
  const sweep: Sweep = prev?.sweep ?? newSweep(nowS, prev ? lookbackStart : Math.min(mark.since, lookbackStart), mark.since);
  const threads = new Map<string, InboundThread>();
  const events: InboundEvent[] = [];
  let budget = o.maxRequestsPerFetch;

  while (budget > 0 && !(sweep.feedDone && sweep.posts.length === 0)) {
    budget--;
    if (!sweep.feedDone) {
      events.push(...(await readFeedPage(client, pageId, sweep, mark, threads, o.pageSize)));
      continue;
    }
    const postId = sweep.posts[0] as string;
    const url = sweep.commentsNext
      ? client.nextUrl(sweep.commentsNext)
      : client.url([postId, "comments"], { filter: "stream", order: "chronological", fields: COMMENT_FIELDS, limit: String(o.pageSize) });
    let body: unknown;
    try {
      body = await client.get(url);
    } catch (err) {
      // The post was deleted (or hidden from us) since the feed listed it: nothing left to read there.
      if (err instanceof GraphError && err.platformCode === "100" && err.subcode === 33) {
        nextPost(sweep);
        continue;
      }
      throw err;
    }
    const page = parseGraph(commentPage, body, "comments");
    const thread = threads.get(postId) ?? { externalId: postId, kind: "POST" as const };
    for (const c of page.data) {
      const created = parseGraphTime(c.created_time);
      const createdS = Math.floor(created.getTime() / 1000);
      noteComment(sweep, c.id, createdS, FRESHNESS_MARGIN_S);
      if (isNew(mark, c.id, createdS)) events.push(polledComment(c, thread, created, pageId));
    }
    if (page.paging?.next) sweep.commentsNext = relative(client, page.paging.next);
    else nextPost(sweep);
  }

  const done = sweep.feedDone && sweep.posts.length === 0;
  const cursor: FacebookCursor = done
    ? commitSweep(mark, sweep)
    : { v: 1, since: mark.since, seenAtSince: mark.seenAtSince, sweep };
  return { events, cursor };
}

/** Reads one feed page: every post becomes a thread to read comments from; visitors' posts are messages too. */
async function readFeedPage(
  client: GraphClient,
  pageId: string,
  sweep: Sweep,
  mark: Pick<FacebookCursor, "since" | "seenAtSince">,
  threads: Map<string, InboundThread>,
  pageSize: number,
): Promise<InboundEvent[]> {
  const events: InboundEvent[] = [];
  const url = sweep.feedNext
    ? client.nextUrl(sweep.feedNext)
    : client.url([pageId, "feed"], { fields: FEED_FIELDS, since: String(sweep.windowStart), limit: String(pageSize) });
  const page = parseGraph(feedPage, await client.get(url), "feed");
  for (const post of page.data) {
    const thread = postThread(post);
    threads.set(post.id, thread);
    if (!sweep.posts.includes(post.id)) sweep.posts.push(post.id);
    const message = polledVisitorPost(post, thread, pageId);
    if (!message) continue;
    // Posts share the comments' watermark: the same rule decides what was already returned.
    const createdS = Math.floor(message.platformCreatedAt.getTime() / 1000);
    noteComment(sweep, post.id, createdS, FRESHNESS_MARGIN_S);
    if (isNew(mark, post.id, createdS)) events.push(message);
  }
  if (page.paging?.next) sweep.feedNext = relative(client, page.paging.next);
  else {
    sweep.feedDone = true;
    delete sweep.feedNext;
  }
  return events;
}

function nextPost(sweep: Sweep): void {
  sweep.posts.shift();
  delete sweep.commentsNext;
}

/** Stores `paging.next` as path + query: no host (checked now, re-applied on resume), no token. */
function relative(client: GraphClient, next: string): string {
  const u = client.nextUrl(next);
  return u.pathname + u.search;
}
