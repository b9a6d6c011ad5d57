// Stores notifications inside the caller's transaction, so a change and the word about it commit together.
// Each insert is announced to its recipient's browsers at commit (trigger in migration *_desk). The actor is
// never told about their own action; a dedupeKey makes a repeated sweep or replayed batch harmless.
import type { Prisma } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  caseId?: string | null;
  /** What the sentence needs: case number, names, reason… (see notification-text.ts). */
  data?: Prisma.InputJsonObject;
  dedupeKey?: string;
}

export async function notify(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  list: NewNotification[],
  actorUserId?: string | null,
): Promise<number> {
  const seen = new Set<string>();
  const rows = list.filter((n) => {
    const key = `${n.userId}:${n.kind}:${n.caseId ?? ""}`;
    if (n.userId === actorUserId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (rows.length === 0) return 0;
  const r = await tx.notification.createMany({
    data: rows.map((n) => ({
      workspaceId, userId: n.userId, kind: n.kind, caseId: n.caseId ?? null, data: n.data ?? {}, dedupeKey: n.dedupeKey ?? null,
    })),
    skipDuplicates: true,
  });
  return r.count;
}
