// State of the fake YouTube Data API for one channel: videos, comments (top-level and replies, each with its
// moderation status), what the connector inserted and every moderation call, plus the resource shapes YouTube
// answers with (youtube#comment, youtube#commentThread, youtube#video), as documented and as in ./fixtures.
export type YtModerationStatus = "published" | "heldForReview" | "likelySpam" | "rejected";

export interface YtAuthor {
  channelId: string;
  /** YouTube shows the handle here, "@name". */
  displayName: string;
}

export interface FakeYtVideo {
  id: string;
  title: string;
  publishedAt: Date;
}

export interface FakeYtComment {
  id: string;
  videoId: string;
  /** Replies only: the top-level comment's id (the reply's own id is `PARENT.xxx`). */
  parentId?: string;
  text: string;
  author: YtAuthor;
  moderationStatus: YtModerationStatus;
  publishedAt: Date;
  updatedAt: Date;
}

export interface FakeYtModeration {
  ids: string[];
  moderationStatus: string;
  /** As received: "true"/"false", or undefined when the connector did not send it (it never should). */
  banAuthor?: string;
}

export type TimeInput = Date | string | undefined;

const HELD = { review: "heldForReview", likely_spam: "likelySpam" } as const;

/** Times as YouTube writes them: ISO, second precision, Z. */
export const ytTime = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, "Z");

const htmlEscape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\n/g, "<br>");

export class YoutubeState {
  readonly videos = new Map<string, FakeYtVideo>();
  readonly comments = new Map<string, FakeYtComment>();
  readonly inserted: FakeYtComment[] = [];
  readonly moderations: FakeYtModeration[] = [];
  private seq = 0;

  constructor(
    readonly channelId: string,
    readonly channelTitle: string,
    private readonly clock: () => Date,
  ) {}

  private time(t: TimeInput): Date {
    return t === undefined ? this.clock() : new Date(t);
  }

  private nextSeq(): string {
    this.seq += 1;
    return String(this.seq).padStart(6, "0");
  }

  addVideo(v: { id?: string; title: string; publishedAt?: TimeInput }): FakeYtVideo {
    const video = { id: v.id ?? `vid${this.nextSeq()}xx`, title: v.title, publishedAt: this.time(v.publishedAt) };
    this.videos.set(video.id, video);
    return video;
  }

  addComment(c: { id?: string; videoId: string; text: string; author: YtAuthor; held?: "review" | "likely_spam"; publishedAt?: TimeInput; updatedAt?: TimeInput }): FakeYtComment {
    const publishedAt = this.time(c.publishedAt);
    const comment: FakeYtComment = {
      id: c.id ?? `Ugz${this.nextSeq()}Fake4AaABAg`,
      videoId: c.videoId,
      text: c.text,
      author: c.author,
      moderationStatus: c.held ? HELD[c.held] : "published",
      publishedAt,
      updatedAt: c.updatedAt === undefined ? publishedAt : new Date(c.updatedAt),
    };
    this.comments.set(comment.id, comment);
    return comment;
  }

  addReply(r: { parentId: string; text: string; author: YtAuthor; held?: "review" | "likely_spam"; publishedAt?: TimeInput; updatedAt?: TimeInput }): FakeYtComment {
    const parent = this.comments.get(r.parentId);
    if (!parent || parent.parentId) throw new Error(`fake youtube: ${r.parentId} is not a top-level comment`);
    const reply = this.addComment({ ...r, id: `${parent.id}.9${this.nextSeq()}Rp`, videoId: parent.videoId });
    reply.parentId = parent.id;
    return reply;
  }

  /** Top-level comments, newest first (order=time). */
  topLevel(): FakeYtComment[] {
    return [...this.comments.values()].filter((c) => !c.parentId).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  }

  /** Replies of a top-level comment, oldest first. */
  repliesOf(parentId: string, status?: YtModerationStatus): FakeYtComment[] {
    return [...this.comments.values()]
      .filter((c) => c.parentId === parentId && (!status || c.moderationStatus === status))
      .sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  }

  commentResource(c: FakeYtComment, ownerView: boolean): Record<string, unknown> {
    return {
      kind: "youtube#comment",
      etag: `etag-${c.id}`,
      id: c.id,
      snippet: {
        channelId: this.channelId,
        videoId: c.videoId,
        textDisplay: htmlEscape(c.text),
        textOriginal: c.text,
        ...(c.parentId ? { parentId: c.parentId } : {}),
        authorDisplayName: c.author.displayName,
        authorProfileImageUrl: `https://yt3.ggpht.com/ytc/${c.author.channelId}=s48-c-k-c0x00ffffff-no-rj`,
        authorChannelUrl: `http://www.youtube.com/${c.author.displayName.startsWith("@") ? c.author.displayName : `channel/${c.author.channelId}`}`,
        authorChannelId: { value: c.author.channelId },
        canRate: true,
        viewerRating: "none",
        likeCount: 0,
        // Only the channel owner is told a comment's moderation status.
        ...(ownerView ? { moderationStatus: c.moderationStatus } : {}),
        publishedAt: ytTime(c.publishedAt),
        updatedAt: ytTime(c.updatedAt),
      },
    };
  }

  threadResource(top: FakeYtComment, inline: FakeYtComment[], totalReplyCount: number, ownerView: boolean): Record<string, unknown> {
    return {
      kind: "youtube#commentThread",
      etag: `etag-thread-${top.id}`,
      id: top.id,
      snippet: {
        channelId: this.channelId,
        videoId: top.videoId,
        topLevelComment: this.commentResource(top, ownerView),
        canReply: true,
        totalReplyCount,
        isPublic: true,
      },
      // YouTube leaves `replies` out when it has none to show.
      ...(inline.length > 0 ? { replies: { comments: inline.map((r) => this.commentResource(r, ownerView)) } } : {}),
    };
  }

  videoResource(v: FakeYtVideo): Record<string, unknown> {
    return {
      kind: "youtube#video",
      etag: `etag-${v.id}`,
      id: v.id,
      snippet: {
        publishedAt: ytTime(v.publishedAt),
        channelId: this.channelId,
        title: v.title,
        description: "",
        thumbnails: { default: { url: `https://i.ytimg.com/vi/${v.id}/default.jpg`, width: 120, height: 90 } },
        channelTitle: this.channelTitle,
        categoryId: "22",
        liveBroadcastContent: "none",
        localized: { title: v.title, description: "" },
      },
    };
  }
}
