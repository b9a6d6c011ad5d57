// Records an edit, hide, unhide or removal that happened on the platform, beside the original text. An event
// about a message not stored yet is parked (park-event.ts) and applied when the message arrives.
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM } from "../audit/record-audit";
import type { InboundMessageEvent } from "../connectors/types";
import { audit, type BatchMemo } from "./batch-memo";
import { parkEvent } from "./park-event";

const ACTION = {
  EDITED: "MESSAGE_EDITED_ON_PLATFORM",
  HIDDEN: "MESSAGE_HIDDEN_ON_PLATFORM",
  UNHIDDEN: "MESSAGE_UNHIDDEN_ON_PLATFORM",
  REMOVED: "MESSAGE_REMOVED_ON_PLATFORM",
} as const;

export type EventOutcome = "stored" | "duplicate" | "parked";

export async function ingestMessageEvent(
  tx: Prisma.TransactionClient,
  channel: { id: string; workspaceId: string },
  ev: InboundMessageEvent,
  memo: BatchMemo,
): Promise<{ outcome: EventOutcome; caseId?: string }> {
  const message = memo.messages.get(ev.externalId);
  if (!message) {
    await parkEvent(tx, channel.id, ev);
    memo.parked.add(ev.externalId);
    return { outcome: "parked" };
  }
  return recordMessageEvent(tx, channel, message, ev, memo);
}

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
  const created = await tx.messageEvent.create({ data: { ...key, newText: ev.newText ?? null }, select: { id: true } });
  audit(memo, {
    workspaceId: channel.workspaceId,
    action: ACTION[ev.kind],
    actor: PLATFORM,
    caseId: message.caseId,
    entityType: "message",
    entityId: message.id,
    data: { eventId: created.id, ...(ev.newText !== undefined ? { newText: ev.newText } : {}) },
  });
  return { outcome: "stored", caseId: message.caseId };
}
