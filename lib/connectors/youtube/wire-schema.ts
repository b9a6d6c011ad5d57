// What we read of YouTube Data API v3 answers (commentThreads.list, comments.list, videos.list, comments.insert).
// Loose objects: Google adds fields freely; only what the mapping needs is required.
import { z } from "zod";

export const commentSchema = z.looseObject({
  id: z.string().min(1),
  snippet: z.looseObject({
    videoId: z.string().optional(),
    channelId: z.string().optional(),
    /** Set on replies only: the top-level comment's id. */
    parentId: z.string().optional(),
    textOriginal: z.string().optional(),
    textDisplay: z.string().optional(),
    authorDisplayName: z.string().optional(),
    authorChannelUrl: z.string().optional(),
    authorChannelId: z.looseObject({ value: z.string() }).optional(),
    /** Only in answers to the channel owner: published, heldForReview, likelySpam or rejected. */
    moderationStatus: z.string().optional(),
    publishedAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }).optional(),
  }),
});
export type YtComment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.looseObject({
  id: z.string().min(1),
  snippet: z.looseObject({
    channelId: z.string().optional(),
    videoId: z.string().optional(),
    topLevelComment: commentSchema,
    totalReplyCount: z.number().int().nonnegative().optional(),
  }),
  /** A subset of the replies (at most 5): comments.list?parentId= has them all. */
  replies: z.looseObject({ comments: z.array(commentSchema) }).optional(),
});
export type YtCommentThread = z.infer<typeof commentThreadSchema>;

export const commentThreadListSchema = z.looseObject({
  items: z.array(commentThreadSchema),
  nextPageToken: z.string().optional(),
});

export const commentListSchema = z.looseObject({
  items: z.array(commentSchema),
  nextPageToken: z.string().optional(),
});

export const videoListSchema = z.looseObject({
  items: z.array(z.looseObject({ id: z.string().min(1), snippet: z.looseObject({ title: z.string().optional() }).optional() })),
});

export const insertedCommentSchema = z.looseObject({ id: z.string().min(1) });
