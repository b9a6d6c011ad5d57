// Polling: Page feed -> comments of each post (filter=stream, chronological), through the shared resumable sweep
// (sweep.ts, which also says how sweeps resume). Visitors' posts on the Page are messages as well as threads.
import type { ChannelContext, FetchResult } from "../connector";
import type { FacebookSecrets } from "../secrets-schemas";
import type { ResolvedOptions } from "./config";
import { graphClient } from "./graph-client";
import { graphCommentSchema, graphPostSchema, pagedSchema, parseGraph, parseGraphTime, polledComment, polledVisitorPost, postThread } from "./graph-comments";
import { runSweep, type SweepSource, type SweptItem } from "./sweep";

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
  const source: SweepSource = {
    listUrl: (since) => client.url([pageId, "feed"], { fields: FEED_FIELDS, since: String(since), limit: String(o.pageSize) }),
    readListPage(body, sweep, threads) {
      const page = parseGraph(feedPage, body, "feed");
      const events: SweptItem[] = [];
      for (const post of page.data) {
        const thread = postThread(post);
        threads.set(post.id, thread);
        if (!sweep.posts.includes(post.id)) sweep.posts.push(post.id);
        const message = polledVisitorPost(post, thread, pageId);
        if (message) events.push({ id: post.id, created: message.platformCreatedAt, event: message });
      }
      return { events, ...(page.paging?.next ? { next: page.paging.next } : {}) };
    },
    commentsUrl: (postId) =>
      client.url([postId, "comments"], { filter: "stream", order: "chronological", fields: COMMENT_FIELDS, limit: String(o.pageSize) }),
    readCommentsPage(body, thread) {
      const page = parseGraph(commentPage, body, "comments");
      const items = page.data.map((c) => {
        const created = parseGraphTime(c.created_time);
        return { id: c.id, created, event: polledComment(c, thread, created, pageId) };
      });
      return { items, ...(page.paging?.next ? { next: page.paging.next } : {}) };
    },
  };
  return runSweep(client, source, cursorValue, opts, o);
}
