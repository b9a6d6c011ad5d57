// State of the Google fake: one location's reviews in Business Profile API v4 wire shape, our reply history,
// and the OAuth clients' issued access tokens. Times are RFC 3339 with microseconds, like Google's, and every
// change gets a strictly later updateTime so "newest updated first" is well defined.
import { randomBytes } from "node:crypto";

export interface WireReview {
  name: string;
  reviewId: string;
  reviewer: { profilePhotoUrl?: string; displayName: string; isAnonymous?: boolean };
  starRating: "ONE" | "TWO" | "THREE" | "FOUR" | "FIVE";
  comment?: string;
  createTime: string;
  updateTime: string;
  reviewReply?: { comment: string; updateTime: string };
}

export interface ReviewInput {
  reviewId?: string;
  displayName?: string;
  isAnonymous?: boolean;
  /** 1–5 or ONE…FIVE. */
  starRating?: number | WireReview["starRating"];
  /** Omitted: a rating without text. */
  comment?: string;
  createTime?: Date;
  updateTime?: Date;
  reply?: { comment: string; updateTime?: Date };
}

const STARS = ["ONE", "TWO", "THREE", "FOUR", "FIVE"] as const;

/** Google's format: microseconds, Z. */
export const wireTime = (ms: number): string => new Date(ms).toISOString().replace(/Z$/, "000Z");

export class GoogleState {
  readonly reviews = new Map<string, WireReview>();
  readonly replyLog: Array<{ reviewId: string; comment: string; updateTime: string }> = [];
  /** Access tokens issued, with their expiry (fake clock, ms). */
  readonly tokens = new Map<string, number>();
  private lastMs = 0;

  constructor(readonly location: string, private readonly now: () => number) {}

  /** Now, or 1 ms after the last change when the clock has not moved (so updateTimes never tie). */
  tick(at?: Date): number {
    const ms = Math.max(at?.getTime() ?? this.now(), this.lastMs + 1);
    this.lastMs = ms;
    return ms;
  }

  addReview(r: ReviewInput): WireReview {
    const reviewId = r.reviewId ?? `AbFvOq${randomBytes(12).toString("base64url")}`;
    const created = r.createTime ? r.createTime.getTime() : this.tick();
    const updated = r.updateTime ? r.updateTime.getTime() : created;
    this.lastMs = Math.max(this.lastMs, updated);
    const stars = typeof r.starRating === "number" ? STARS[r.starRating - 1]! : (r.starRating ?? "FIVE");
    const review: WireReview = {
      name: `${this.location}/reviews/${reviewId}`,
      reviewId,
      reviewer: r.isAnonymous
        ? { displayName: "A Google User", isAnonymous: true }
        : { profilePhotoUrl: `https://lh3.googleusercontent.com/a/${reviewId}=s120-c`, displayName: r.displayName ?? "Camille Lefort" },
      starRating: stars,
      ...(r.comment !== undefined ? { comment: r.comment } : {}),
      createTime: wireTime(created),
      updateTime: wireTime(updated),
    };
    if (r.reply) review.reviewReply = { comment: r.reply.comment, updateTime: wireTime(r.reply.updateTime?.getTime() ?? updated) };
    this.reviews.set(reviewId, review);
    return review;
  }

  editReview(reviewId: string, change: { comment?: string; starRating?: number }, at?: Date): WireReview {
    const r = this.reviews.get(reviewId);
    if (!r) throw new Error(`fake google: no review ${reviewId}`);
    if (change.comment !== undefined) r.comment = change.comment;
    if (change.starRating !== undefined) r.starRating = STARS[change.starRating - 1]!;
    r.updateTime = wireTime(this.tick(at));
    return r;
  }

  /** PUT …/reply: creates or replaces our reply; every version gets a new updateTime. */
  putReply(reviewId: string, comment: string): { comment: string; updateTime: string } {
    const r = this.reviews.get(reviewId);
    if (!r) throw new Error(`fake google: no review ${reviewId}`);
    const reply = { comment, updateTime: wireTime(this.tick()) };
    r.reviewReply = reply;
    this.replyLog.push({ reviewId, ...reply });
    return { ...reply };
  }

  /** Newest updated first, like `orderBy=updateTime desc`. */
  sorted(): WireReview[] {
    return [...this.reviews.values()].sort((a, b) => (a.updateTime < b.updateTime ? 1 : a.updateTime > b.updateTime ? -1 : 0));
  }

  averageRating(): number {
    const all = [...this.reviews.values()];
    if (all.length === 0) return 0;
    return Math.round((all.reduce((s, r) => s + STARS.indexOf(r.starRating) + 1, 0) / all.length) * 10) / 10;
  }
}
