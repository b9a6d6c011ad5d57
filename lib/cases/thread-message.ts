// One message of a case's thread with just what the case page shows (components/case/message-item.tsx): the
// server page passes these to the thread, and the live stream sends the same shape when a message is added or
// changes (delivery result, hidden, removed), so the page can apply it without re-rendering on the server.
import type { Prisma } from "../generated/prisma/client";

export const THREAD_MESSAGE_SELECT = {
  id: true, caseId: true, parentId: true, direction: true, visibility: true, kind: true, body: true,
  platformCreatedAt: true, createdAt: true, permalink: true, deliveryStatus: true, deliveryError: true,
  staff: true, // from a member's personal account (issue #25)
  rating: true, held: true, // a review's stars; a comment the platform holds for review (issue #23)
  authorIdentity: { select: { name: true } },
  authorUser: { select: { name: true } },
  events: { select: { id: true, kind: true, newText: true, newRating: true, platformTime: true }, orderBy: { platformTime: "asc" } },
  attempts: { select: { id: true, attempt: true, outcome: true, errorMessage: true, retryAt: true, createdAt: true }, orderBy: { attempt: "asc" } },
} satisfies Prisma.MessageSelect;

export type ThreadMessage = Prisma.MessageGetPayload<{ select: typeof THREAD_MESSAGE_SELECT }>;

/** What JSON makes of it (dates as ISO strings), as it travels on the stream. */
export type ThreadMessageJson = Jsonified<ThreadMessage>;
type Jsonified<T> = T extends Date ? string : T extends readonly (infer U)[] ? Jsonified<U>[] : T extends object ? { [K in keyof T]: Jsonified<T[K]> } : T;

/** The page's own copy of a message from a full server load (which includes more than the thread shows). */
export function toThreadMessage(m: ThreadMessage): ThreadMessage {
  return {
    id: m.id, caseId: m.caseId, parentId: m.parentId, direction: m.direction, visibility: m.visibility, kind: m.kind, body: m.body,
    platformCreatedAt: m.platformCreatedAt, createdAt: m.createdAt, permalink: m.permalink, deliveryStatus: m.deliveryStatus,
    deliveryError: m.deliveryError, staff: m.staff, rating: m.rating, held: m.held,
    authorIdentity: m.authorIdentity ? { name: m.authorIdentity.name } : null,
    authorUser: m.authorUser ? { name: m.authorUser.name } : null,
    events: m.events.map(({ id, kind, newText, newRating, platformTime }) => ({ id, kind, newText, newRating, platformTime })),
    attempts: m.attempts.map(({ id, attempt, outcome, errorMessage, retryAt, createdAt }) => ({ id, attempt, outcome, errorMessage, retryAt, createdAt })),
  };
}

/** Back from JSON (the stream) to dates. */
export function reviveThreadMessage(j: ThreadMessageJson): ThreadMessage {
  const d = (s: string) => new Date(s);
  return {
    ...j,
    platformCreatedAt: d(j.platformCreatedAt), createdAt: d(j.createdAt),
    authorIdentity: j.authorIdentity ? { ...j.authorIdentity } : null,
    authorUser: j.authorUser ? { ...j.authorUser } : null,
    events: j.events.map((e) => ({ ...e, platformTime: d(e.platformTime) })),
    attempts: j.attempts.map((a) => ({ ...a, createdAt: d(a.createdAt), retryAt: a.retryAt ? d(a.retryAt) : null })),
  };
}
