// Video titles for the threads, from videos.list (1 unit for up to 50 ids). Titles rarely change and every poll
// meets the same few videos, so they are kept in memory per connector: most polls spend nothing on them.
import type { ChannelContext } from "../connector";
import { readBody, youtubeFetch } from "./http";
import type { ResolvedYoutubeOptions } from "./options";
import { QUOTA_COST, type QuotaBudget } from "./quota";
import type { YoutubeSecrets } from "./secrets";
import { videoListSchema } from "./wire-schema";

const MAX_IDS_PER_CALL = 50;
const MAX_CACHED = 5_000;

export class VideoTitles {
  private readonly titles = new Map<string, string>();

  get known(): ReadonlyMap<string, string> {
    return this.titles;
  }

  /**
   * Reads the titles not known yet. Short of budget it reads none: a thread without a title is still a thread,
   * and a later poll fills it in.
   */
  async load(channel: ChannelContext<YoutubeSecrets>, videoIds: Iterable<string>, budget: QuotaBudget, o: ResolvedYoutubeOptions): Promise<void> {
    const missing = [...new Set(videoIds)].filter((id) => !this.titles.has(id));
    for (let i = 0; i < missing.length; i += MAX_IDS_PER_CALL) {
      if (!budget.canSpend(QUOTA_COST.videosList)) return;
      const ids = missing.slice(i, i + MAX_IDS_PER_CALL);
      budget.spend(QUOTA_COST.videosList);
      const res = await youtubeFetch(channel, { method: "GET", path: "/videos", query: { part: "snippet", id: ids.join(","), maxResults: "50" } }, o);
      for (const v of readBody(videoListSchema, res, "videos.list").items) {
        if (v.snippet?.title !== undefined) this.remember(v.id, v.snippet.title);
      }
    }
  }

  private remember(id: string, title: string): void {
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.titles.size >= MAX_CACHED) this.titles.delete(this.titles.keys().next().value as string);
    this.titles.set(id, title);
  }
}
