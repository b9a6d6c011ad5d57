// The demo connector: turns the bundled dataset into the same neutral events a real platform produces,
// relative to `now`, so the demo inbox always looks current.
import type { InboundEvent, InboundMessage } from "../types";
import { DEMO_AUTHORS, DEMO_ITEMS, DEMO_POSTS, type DemoItem, type DemoPlatform } from "./dataset";
import { demoReviewEvents } from "./dataset-reviews";

const byRef = new Map(DEMO_ITEMS.map((i) => [i.ref, i]));
const authors = new Map(DEMO_AUTHORS.map((a) => [a.ref, a]));
const posts = new Map(DEMO_POSTS.map((p) => [p.ref, p]));

function ago(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

/** The first item of a reply chain: an X conversation or a DM conversation is keyed by it. */
function rootOf(item: DemoItem): DemoItem {
  let cur = item;
  while (cur.parentRef && byRef.get(cur.parentRef)) cur = byRef.get(cur.parentRef)!;
  return cur;
}

function threadOf(item: DemoItem, now: Date): InboundMessage["thread"] {
  // A visitor post is its own thread; comments under it name it as their postRef.
  const visitorPost = item.kind === "post" ? item : item.postRef ? byRef.get(item.postRef) : undefined;
  if (visitorPost) {
    return { externalId: `demo-${visitorPost.ref}`, kind: "POST", text: visitorPost.text, createdAt: ago(now, visitorPost.minutesAgo) };
  }
  if (item.kind === "comment" && item.postRef) {
    const post = posts.get(item.postRef);
    return {
      externalId: `demo-${item.postRef}`,
      kind: "POST",
      text: post?.text,
      createdAt: post ? ago(now, post.minutesAgo) : undefined,
    };
  }
  const root = rootOf(item);
  if (item.kind === "dm") {
    // One conversation per customer: the customer is the root's author.
    return { externalId: `demo-dm-${root.authorRef}`, kind: "DM_CONVERSATION" };
  }
  // An Instagram mention is a comment or caption on someone else's media: that media is the thread.
  if (item.platform === "instagram") return { externalId: `demo-media-${root.ref}`, kind: "POST" };
  return { externalId: `demo-${root.ref}`, kind: "TWEET_CONVERSATION", text: root.text, createdAt: ago(now, root.minutesAgo) };
}

const KIND = { comment: "COMMENT", dm: "DM", mention: "MENTION", post: "POST" } as const;

export function demoEvents(platform: DemoPlatform, now: Date): InboundEvent[] {
  if (platform === "google" || platform === "youtube") return demoReviewEvents(platform, now);
  const events: InboundEvent[] = [];
  for (const item of DEMO_ITEMS.filter((i) => i.platform === platform)) {
    const author = authors.get(item.authorRef);
    if (!author) throw new Error(`demo dataset: unknown author ${item.authorRef}`);
    events.push({
      type: "message",
      externalId: `demo-${item.ref}`,
      kind: KIND[item.kind],
      direction: author.isBrand ? "OUTBOUND" : "INBOUND",
      visibility: item.kind === "dm" ? "PRIVATE" : "PUBLIC",
      thread: threadOf(item, now),
      parentExternalId: item.parentRef ? `demo-${item.parentRef}` : undefined,
      author: {
        platformUserId: `demo-${author.ref}`,
        name: author.name,
        handle: author.handle,
        followerCount: author.followers,
      },
      body: item.text,
      platformCreatedAt: ago(now, item.minutesAgo),
    });
    for (const e of item.events ?? []) {
      events.push({
        type: "message_event",
        externalId: `demo-${item.ref}`,
        kind: e.verb === "edited" ? "EDITED" : e.verb === "hidden" ? "HIDDEN" : "REMOVED",
        newText: e.newText,
        platformTime: ago(now, e.minutesAgo),
      });
    }
  }
  return events;
}
