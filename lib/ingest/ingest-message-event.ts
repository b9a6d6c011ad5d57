// Records an edit, hide, unhide or removal that happened on the platform, beside the original text.
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import type { InboundMessageEvent } from "../connectors/types";

const ACTION = {
  EDITED: "MESSAGE_EDITED_ON_PLATFORM",
  HIDDEN: "MESSAGE_HIDDEN_ON_PLATFORM",
  UNHIDDEN: "MESSAGE_UNHIDDEN_ON_PLATFORM",
  REMOVED: "MESSAGE_REMOVED_ON_PLATFORM",
} as const;

export type EventOutcome = "stored" | "duplicate" | "unknown_message";

export async function ingestMessageEvent(
  tx: Prisma.TransactionClient,
  channel: { id: string; workspaceId: string },
  ev: InboundMessageEvent,
): Promise<{ outcome: EventOutcome; caseId?: string }> {
  const message = await tx.message.findUnique({
    where: { channelId_externalId: { channelId: channel.id, externalId: ev.externalId } },
    select: { id: true, caseId: true },
  });
  if (!message) return { outcome: "unknown_message" };
  const key = { messageId: message.id, kind: ev.kind, platformTime: ev.platformTime };
  const dup = await tx.messageEvent.findUnique({ where: { messageId_kind_platformTime: key } });
  if (dup) return { outcome: "duplicate", caseId: message.caseId };
  const created = await tx.messageEvent.create({ data: { ...key, newText: ev.newText ?? null } });
  await recordAudit(tx, {
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
