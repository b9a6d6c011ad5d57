// Polling, the safety net behind webhooks: our media (newest first, until the lookback window ends), then
// every comment of each, with their replies inline, following paging.next, at most `maxRequestsPerFetch`
// Graph calls per invocation. Sweeps resume and move the watermark exactly like the Page's (../facebook/cursor).
import { z } from "zod";
import type { ChannelContext, FetchResult } from "../connector";
import { FRESHNESS_MARGIN_S, type ResolvedOptions } from "../facebook/config";
import { commitSweep, isNew, newSweep, noteComment, readCursor, type FacebookCursor, type Sweep } from "../facebook/cursor";
import { GraphError } from "../facebook/errors";
import type { GraphClient } from "../facebook/graph-client";
import type { InstagramSecrets } from "../secrets-schemas";
import type { InboundEvent, InboundMessage, InboundThread } from "../types";
import { instagramGraph, pagedSchema, parseGraph, parseGraphTime } from "./graph";

const MEDIA_FIELDS = "id,caption,permalink,timestamp";
const ITEM_FIELDS = "id,text,timestamp,from,parent_id,hidden";
const COMMENT_FIELDS = `${ITEM_FIELDS},replies{${ITEM_FIELDS}}`;

const mediaSchema = z.looseObject({
  id: z.string().min(1),
  caption: z.string().optional(),
  permalink: z.string().optional(),
  timestamp: z.string().optional(),
});
const itemSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string().optional(),
  timestamp: z.string(),
  from: z.looseObject({ id: z.string().min(1), username: z.string().optional() }).optional(),
  parent_id: z.string().optional(),
});
type IgItem = z.infer<typeof itemSchema>;
const commentSchema = itemSchema.extend({ replies: z.looseObject({ data: z.array(itemSchema) }).optional() });
const mediaPage = pagedSchema(mediaSchema);
const commentPage = pagedSchema(commentSchema);

export async function fetchSince(
  channel: ChannelContext<InstagramSecrets>,
  cursorValue: unknown,
  opts: { backfillSince: Date },
  o: ResolvedOptions,
): Promise<FetchResult> {
  const client = instagramGraph(channel, o);
  const accountId = channel.externalId;
  const nowS = Math.floor(o.now().getTime() / 1000);
  const prev = readCursor(cursorValue);
  const mark = prev ?? { since: Math.floor(opts.backfillSince.getTime() / 1000), seenAtSince: [] };
  const lookbackStart = nowS - Math.floor(o.postLookbackMs / 1000);
  const sweep: Sweep = prev?.sweep ?? newSweep(nowS, prev ? lookbackStart : Math.min(mark.since, lookbackStart), mark.since);
  const threads = new Map<string, InboundThread>();
  const events: InboundEvent[] = [];
  let budget = o.maxRequestsPerFetch;

  while (budget > 0 && !(sweep.feedDone && sweep.posts.length === 0)) {
    budget--;
    if (!sweep.feedDone) {
      await readMediaPage(client, accountId, sweep, threads, o.pageSize);
      continue;
    }
    const mediaId = sweep.posts[0] as string;
    const url = sweep.commentsNext
      ? client.nextUrl(sweep.commentsNext)
      : client.url([mediaId, "comments"], { fields: COMMENT_FIELDS, limit: String(o.pageSize) });
    let body: unknown;
    try {
      body = await client.get(url);
    } catch (err) {
      // The media was deleted since it was listed: nothing left to read there.
      if (err instanceof GraphError && err.platformCode === "100" && err.subcode === 33) {
        nextMedia(sweep);
        continue;
      }
      throw err;
    }
    const page = parseGraph(commentPage, body, "Instagram comments");
    const thread = threads.get(mediaId) ?? { externalId: mediaId, kind: "POST" as const };
    for (const c of page.data) {
      for (const item of [c, ...(c.replies?.data ?? []).map((r) => ({ ...r, parent_id: r.parent_id ?? c.id }))]) {
        const created = parseGraphTime(item.timestamp);
        const createdS = Math.floor(created.getTime() / 1000);
        noteComment(sweep, item.id, createdS, FRESHNESS_MARGIN_S);
        if (isNew(mark, item.id, createdS)) events.push(polledComment(item, thread, created, accountId));
      }
    }
    if (page.paging?.next) sweep.commentsNext = relative(client, page.paging.next);
    else nextMedia(sweep);
  }

  const done = sweep.feedDone && sweep.posts.length === 0;
  const cursor: FacebookCursor = done ? commitSweep(mark, sweep) : { v: 1, since: mark.since, seenAtSince: mark.seenAtSince, sweep };
  return { events, cursor };
}

/** Media come newest first and the edge has no reliable `since`: stop at the first one older than the window. */
async function readMediaPage(client: GraphClient, accountId: string, sweep: Sweep, threads: Map<string, InboundThread>, pageSize: number) {
  const url = sweep.feedNext
    ? client.nextUrl(sweep.feedNext)
    : client.url([accountId, "media"], { fields: MEDIA_FIELDS, limit: String(pageSize) });
  const page = parseGraph(mediaPage, await client.get(url), "Instagram media");
  let older = false;
  for (const m of page.data) {
    const created = m.timestamp ? parseGraphTime(m.timestamp) : undefined;
    if (created && created.getTime() / 1000 < sweep.windowStart) {
      older = true;
      break;
    }
    threads.set(m.id, {
      externalId: m.id,
      kind: "POST",
      ...(m.caption ? { text: m.caption } : {}),
      ...(m.permalink ? { permalink: m.permalink } : {}),
      ...(created ? { createdAt: created } : {}),
    });
    if (!sweep.posts.includes(m.id)) sweep.posts.push(m.id);
  }
  if (page.paging?.next && !older) sweep.feedNext = relative(client, page.paging.next);
  else {
    sweep.feedDone = true;
    delete sweep.feedNext;
  }
}

/** Same mapping as the webhook (parse-webhook.ts): both write through the comment id. */
function polledComment(c: IgItem, thread: InboundThread, createdAt: Date, accountId: string): InboundMessage {
  return {
    type: "message",
    externalId: c.id,
    kind: "COMMENT",
    direction: c.from?.id === accountId ? "OUTBOUND" : "INBOUND",
    visibility: "PUBLIC",
    thread,
    ...(c.parent_id ? { parentExternalId: c.parent_id } : {}),
    author: c.from
      ? { platformUserId: c.from.id, ...(c.from.username ? { handle: c.from.username } : {}) }
      : { platformUserId: `ig-anonymous:${c.id}` },
    body: c.text ?? "",
    platformCreatedAt: createdAt,
  };
}

function nextMedia(sweep: Sweep): void {
  sweep.posts.shift();
  delete sweep.commentsNext;
}

function relative(client: GraphClient, next: string): string {
  const u = client.nextUrl(next);
  return u.pathname + u.search;
}
