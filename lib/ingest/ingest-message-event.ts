// Records an edit, hide, unhide or removal that happened on the platform, beside the original text. An event
// about a message not stored yet is parked (park-event.ts) and applied when the message arrives.
import type { Prisma } from "../generated/prisma/client";
import type { InboundMessageEvent } from "../connectors/types";
import type { BatchMemo } from "./batch-memo";
import { parkEvent } from "./park-event";
import { recordMessageEvent } from "./record-message-event";

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
