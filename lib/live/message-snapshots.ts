// Loads, for a batch of changes about messages, each message as the case page shows it: ONE query per batch
// per app process, whatever the number of open streams (lib/live/hub.ts). Scoping is the case's, done per
// stream (open-stream.ts): a member who may see the case sees its thread, as on the page.
import type { PrismaClient } from "../generated/prisma/client";
import { THREAD_MESSAGE_SELECT, type ThreadMessage, type ThreadMessageJson } from "../cases/thread-message";

export type LoadMessages = (messageIds: string[]) => Promise<Map<string, ThreadMessageJson>>;

export function messageLoader(prisma: PrismaClient): LoadMessages {
  return async (ids) => {
    if (ids.length === 0) return new Map();
    const rows = await prisma.message.findMany({ where: { id: { in: ids } }, select: THREAD_MESSAGE_SELECT });
    return new Map(rows.map((m) => [m.id, toJson(m)]));
  };
}

/** Dates to ISO strings once here, instead of in every stream's JSON.stringify. */
function toJson(m: ThreadMessage): ThreadMessageJson {
  const iso = (d: Date) => d.toISOString();
  return {
    ...m,
    platformCreatedAt: iso(m.platformCreatedAt), createdAt: iso(m.createdAt),
    events: m.events.map((e) => ({ ...e, platformTime: iso(e.platformTime) })),
    attempts: m.attempts.map((a) => ({ ...a, createdAt: iso(a.createdAt), retryAt: a.retryAt ? iso(a.retryAt) : null })),
  };
}
