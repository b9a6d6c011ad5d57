// The resumable polling sweep shared by the Page (fetch-since.ts) and Instagram (../instagram/fetch-since.ts):
// read the list of posts (the feed, or the account's media), then every comment of each post, following
// `paging.next`, at most `maxRequestsPerFetch` Graph calls per invocation. Only a finished sweep moves the
// watermark (cursor.ts); an unfinished one is stored in the cursor and resumed by the next call. A post deleted
// since it was listed (Graph error 100/33) is skipped. The two platforms differ only in how a list page and a
// comments page are read and mapped: that is the `SweepSource` each gives.
import type { FetchResult } from "../connector";
import type { InboundEvent, InboundThread } from "../types";
import { FRESHNESS_MARGIN_S, type ResolvedOptions } from "./config";
import { commitSweep, isNew, newSweep, noteComment, readCursor, type FacebookCursor, type Sweep } from "./cursor";
import { GraphError } from "./errors";
import type { GraphClient } from "./graph-client";

export type Mark = Pick<FacebookCursor, "since" | "seenAtSince">;

/** One comment read from a comments page: its id and time (for the watermark) and the event it maps to. */
export interface SweptItem {
  id: string;
  created: Date;
  event: InboundEvent;
}

export interface SweepSource {
  /** The first page of the post list, as the platform lists posts from `windowStart` (unix s). */
  listUrl(windowStart: number): URL;
  /** Reads one parsed-as-JSON list page: registers each post's thread, pushes new post ids into `sweep.posts`,
   * returns the events the list itself carries (a visitor's post) and whether the list has ended early. */
  readListPage(body: unknown, sweep: Sweep, threads: Map<string, InboundThread>): { events: SweptItem[]; next?: string; ended?: boolean };
  /** The first page of one post's comments. */
  commentsUrl(postId: string): URL;
  /** Reads one comments page of `thread`. */
  readCommentsPage(body: unknown, thread: InboundThread): { items: SweptItem[]; next?: string };
}

export async function runSweep(client: GraphClient, source: SweepSource, cursorValue: unknown, opts: { backfillSince: Date }, o: ResolvedOptions): Promise<FetchResult> {
  const nowS = Math.floor(o.now().getTime() / 1000);
  const prev = readCursor(cursorValue);
  // First poll: comments since backfillSince. Posts are read from the lookback window (or further back when
  // backfillSince is older): a recent comment often lands on an older post.
  const mark: Mark = prev ?? { since: Math.floor(opts.backfillSince.getTime() / 1000), seenAtSince: [] };
  const lookbackStart = nowS - Math.floor(o.postLookbackMs / 1000);
  const sweep: Sweep = prev?.sweep ?? newSweep(nowS, prev ? lookbackStart : Math.min(mark.since, lookbackStart), mark.since);
  const threads = new Map<string, InboundThread>();
  const events: InboundEvent[] = [];
  // Posts and comments share one watermark: the same rule decides what was already returned.
  const take = (items: SweptItem[]) => {
    for (const it of items) {
      const createdS = Math.floor(it.created.getTime() / 1000);
      noteComment(sweep, it.id, createdS, FRESHNESS_MARGIN_S);
      if (isNew(mark, it.id, createdS)) events.push(it.event);
    }
  };
  let budget = o.maxRequestsPerFetch;
  while (budget > 0 && !(sweep.feedDone && sweep.posts.length === 0)) {
    budget--;
    if (!sweep.feedDone) {
      const url = sweep.feedNext ? client.nextUrl(sweep.feedNext) : source.listUrl(sweep.windowStart);
      const page = source.readListPage(await client.get(url), sweep, threads);
      take(page.events);
      if (page.next && !page.ended) sweep.feedNext = relative(client, page.next);
      else {
        sweep.feedDone = true;
        delete sweep.feedNext;
      }
      continue;
    }
    const postId = sweep.posts[0] as string;
    const url = sweep.commentsNext ? client.nextUrl(sweep.commentsNext) : source.commentsUrl(postId);
    let body: unknown;
    try {
      body = await client.get(url);
    } catch (err) {
      // The post was deleted (or hidden from us) since the list named it: nothing left to read there.
      if (err instanceof GraphError && err.platformCode === "100" && err.subcode === 33) {
        nextPost(sweep);
        continue;
      }
      throw err;
    }
    const page = source.readCommentsPage(body, threads.get(postId) ?? { externalId: postId, kind: "POST" });
    take(page.items);
    if (page.next) sweep.commentsNext = relative(client, page.next);
    else nextPost(sweep);
  }
  const done = sweep.feedDone && sweep.posts.length === 0;
  const cursor: FacebookCursor = done ? commitSweep(mark, sweep) : { v: 1, since: mark.since, seenAtSince: mark.seenAtSince, sweep };
  return { events, cursor };
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
