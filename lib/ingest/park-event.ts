// Edits, hides and removals may arrive before the comment they are about (platforms promise no order, and a
// retried comment can come after its removal). They are parked, not dropped, and applied when it is stored.
import type { Prisma } from "../generated/prisma/client";
import type { InboundMessageEvent } from "../connectors/types";
import type { BatchMemo } from "./batch-memo";
import { recordMessageEvent } from "./record-message-event";

export async function parkEvent(tx: Prisma.TransactionClient, channelId: string, ev: InboundMessageEvent) {
  await tx.parkedEvent.create({
    data: {
      channelId,
      externalId: ev.externalId,
      platformTime: ev.platformTime,
      event: { kind: ev.kind, platformTime: ev.platformTime.toISOString(), ...(ev.newText !== undefined ? { newText: ev.newText } : {}), ...(ev.newRating !== undefined ? { newRating: ev.newRating } : {}) },
    },
  });
}

export async function applyParkedEvents(
  tx: Prisma.TransactionClient,
  channel: { id: string; workspaceId: string },
  externalId: string,
  message: { id: string; caseId: string },
  memo: BatchMemo,
) {
  const parked = await tx.parkedEvent.findMany({
    where: { channelId: channel.id, externalId, appliedAt: null },
    orderBy: { platformTime: "asc" },
  });
  for (const p of parked) {
    const e = p.event as { kind: InboundMessageEvent["kind"]; newText?: string; newRating?: number };
    await recordMessageEvent(tx, channel, message, {
      type: "message_event", externalId, kind: e.kind, platformTime: p.platformTime, ...(e.newText !== undefined ? { newText: e.newText } : {}), ...(e.newRating !== undefined ? { newRating: e.newRating } : {}),
    }, memo);
  }
  if (parked.length) {
    await tx.parkedEvent.updateMany({ where: { id: { in: parked.map((p) => p.id) } }, data: { appliedAt: new Date() } });
  }
}
