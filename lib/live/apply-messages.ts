// The case page's thread kept live in the browser: messages from the stream are merged into what the server
// rendered. Nothing is ever deleted (R1), so a merge is a union by id; for a message known from both sides the
// later state wins, judged by what only grows (platform events, delivery attempts, a final delivery status),
// because a server render that started before a change may arrive after the stream told us of it.
import type { ThreadMessage } from "../cases/thread-message";

const DELIVERY_RANK: Record<ThreadMessage["deliveryStatus"], number> = { RECEIVED: 0, QUEUED: 1, SENDING: 2, SENT: 3, FAILED: 3 };

function progress(m: ThreadMessage): number[] {
  return [m.events.length, m.attempts.length, DELIVERY_RANK[m.deliveryStatus] ?? 0];
}

/** True when `a` is at least as far along as `b` (ties go to `a`). */
export function isAtLeastAsRecent(a: ThreadMessage, b: ThreadMessage): boolean {
  const pa = progress(a);
  const pb = progress(b);
  for (let i = 0; i < pa.length; i++) if (pa[i] !== pb[i]) return pa[i]! > pb[i]!;
  return true;
}

/** Thread order, as the server sorts it (platform time, then storage time). */
function byThreadOrder(a: ThreadMessage, b: ThreadMessage): number {
  return a.platformCreatedAt.getTime() - b.platformCreatedAt.getTime() || a.createdAt.getTime() - b.createdAt.getTime();
}

/**
 * Merge `incoming` into `list`: new ids are inserted in thread order, known ones replaced when the incoming
 * copy is at least as recent (the stream's copy, loaded after the change committed) — or, with
 * `preferList`, only when strictly more recent. Returns `list` itself when nothing changed.
 */
export function mergeMessages(list: readonly ThreadMessage[], incoming: readonly ThreadMessage[], preferList = false): ThreadMessage[] {
  if (incoming.length === 0) return list as ThreadMessage[];
  const byId = new Map(list.map((m) => [m.id, m]));
  let changed = false;
  for (const m of incoming) {
    const known = byId.get(m.id);
    if (known && (preferList ? isAtLeastAsRecent(known, m) : !isAtLeastAsRecent(m, known))) continue;
    byId.set(m.id, m);
    changed = true;
  }
  return changed ? [...byId.values()].sort(byThreadOrder) : (list as ThreadMessage[]);
}
