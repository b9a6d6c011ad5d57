// Stores notifications inside the caller's transaction, so a change and the word about it commit together.
// Each insert is announced to its recipient's browsers at commit (trigger in migration *_desk). The actor is
// never told about their own action; a dedupeKey makes a repeated sweep or replayed batch harmless.
import type { Prisma } from "../generated/prisma/client";
import type { NotificationKind } from "../generated/prisma/enums";
import { utc } from "../db/utc";

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
  // One raw statement: Prisma's createMany cost more CPU than the database did for a rules batch's hundreds of rows.
  // `createdAt` is written in UTC like Prisma's (the column has no time zone; the server's may not be UTC).
  const col = <T>(f: (n: NewNotification) => T) => rows.map(f);
  return tx.$executeRaw`
    INSERT INTO notifications (id, "workspaceId", "userId", kind, "caseId", data, "dedupeKey", "createdAt")
    SELECT gen_random_uuid()::text, ${workspaceId}, n.user_id, n.kind::"NotificationKind", n.case_id, n.data, n.dedupe, ${utc(new Date())}::timestamp(3)
      FROM unnest(${col((n) => n.userId)}::text[], ${col((n) => n.kind)}::text[], ${col((n) => n.caseId ?? null)}::text[],
                  ${col((n) => JSON.stringify(n.data ?? {}))}::jsonb[], ${col((n) => n.dedupeKey ?? null)}::text[])
        WITH ORDINALITY AS n(user_id, kind, case_id, data, dedupe, ord)
     ORDER BY n.ord
    ON CONFLICT DO NOTHING`;
}
