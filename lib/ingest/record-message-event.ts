// Writes one platform event (edit, hide, unhide, removal) on a stored message, once, with its audit event. Its own
// file so that both the live path (ingest-message-event.ts) and the parked one (park-event.ts) use it without
// importing each other.
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM } from "../audit/record-audit";
import type { InboundMessageEvent } from "../connectors/types";
import { audit, type BatchMemo } from "./batch-memo";

const ACTION = {
  EDITED: "MESSAGE_EDITED_ON_PLATFORM",
  HIDDEN: "MESSAGE_HIDDEN_ON_PLATFORM",
  UNHIDDEN: "MESSAGE_UNHIDDEN_ON_PLATFORM",
  REMOVED: "MESSAGE_REMOVED_ON_PLATFORM",
} as const;

export async function recordMessageEvent(
  tx: Prisma.TransactionClient,
  channel: { id: string; workspaceId: string },
  message: { id: string; caseId: string },
  ev: InboundMessageEvent,
  memo: BatchMemo,
): Promise<{ outcome: "stored" | "duplicate"; caseId: string }> {
  const key = { messageId: message.id, kind: ev.kind, platformTime: ev.platformTime };
  const dup = await tx.messageEvent.findUnique({ where: { messageId_kind_platformTime: key }, select: { id: true } });
  if (dup) return { outcome: "duplicate", caseId: message.caseId };
  const created = await tx.messageEvent.create({ data: { ...key, newText: ev.newText ?? null, newRating: ev.newRating ?? null }, select: { id: true } });
  // A review's new stars are the case's stars now (filters, rules and reports read the case), unless a later
  // edit already arrived: events come in any order.
  if (ev.newRating !== undefined) await tx.$executeRaw`
    UPDATE cases SET rating = ${ev.newRating}, "updatedAt" = now() WHERE id = ${message.caseId}
       AND NOT EXISTS (SELECT 1 FROM message_events e JOIN messages m ON m.id = e."messageId"
                        WHERE m."caseId" = ${message.caseId} AND e."newRating" IS NOT NULL AND e."platformTime" > ${ev.platformTime})`;
  audit(memo, {
    workspaceId: channel.workspaceId,
    action: ACTION[ev.kind],
    actor: PLATFORM,
    caseId: message.caseId,
    entityType: "message",
    entityId: message.id,
    data: { eventId: created.id, ...(ev.newText !== undefined ? { newText: ev.newText } : {}), ...(ev.newRating !== undefined ? { newRating: ev.newRating } : {}) },
  });
  return { outcome: "stored", caseId: message.caseId };
}
