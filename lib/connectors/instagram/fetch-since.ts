// Polling, the safety net behind webhooks: our media (newest first, until the lookback window ends), then every
// comment of each, with their replies inline, through the Page's resumable sweep (../facebook/sweep.ts): sweeps
// resume and move the watermark exactly like the Page's.
import { z } from "zod";
import type { ChannelContext, FetchResult } from "../connector";
import type { ResolvedOptions } from "../facebook/config";
import { runSweep, type SweepSource } from "../facebook/sweep";
import type { InstagramSecrets } from "../secrets-schemas";
import type { InboundMessage, InboundThread } from "../types";
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
  const source: SweepSource = {
    // Media come newest first and the edge has no reliable `since`: the list ends at the first one older than
    // the window.
    listUrl: () => client.url([accountId, "media"], { fields: MEDIA_FIELDS, limit: String(o.pageSize) }),
    readListPage(body, sweep, threads) {
      const page = parseGraph(mediaPage, body, "Instagram media");
      let ended = false;
      for (const m of page.data) {
        const created = m.timestamp ? parseGraphTime(m.timestamp) : undefined;
        if (created && created.getTime() / 1000 < sweep.windowStart) {
          ended = true;
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
      return { events: [], ended, ...(page.paging?.next ? { next: page.paging.next } : {}) };
    },
    commentsUrl: (mediaId) => client.url([mediaId, "comments"], { fields: COMMENT_FIELDS, limit: String(o.pageSize) }),
    readCommentsPage(body, thread) {
      const page = parseGraph(commentPage, body, "Instagram comments");
      // Replies come inline under their comment.
      const items = page.data.flatMap((c) => [c, ...(c.replies?.data ?? []).map((r) => ({ ...r, parent_id: r.parent_id ?? c.id }))]).map((item) => {
        const created = parseGraphTime(item.timestamp);
        return { id: item.id, created, event: polledComment(item, thread, created, accountId) };
      });
      return { items, ...(page.paging?.next ? { next: page.paging.next } : {}) };
    },
  };
  return runSweep(client, source, cursorValue, opts, o);
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
