// Stores one platform message, exactly once, in its case, in the caller's (batch) transaction; events parked for
// it are applied right after it. A customer's message goes through the set-based engine as a run of one
// (ingest-inbound-run.ts): one threading rule (route-in-memory.ts) and one writer of customer message rows.
// The page's own messages (written outside the app, or echoes of our replies) are handled here.
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM } from "../audit/record-audit";
import type { InboundMessage } from "../connectors/types";
import { firstResponseFields } from "../cases/first-response";
import { audit, type BatchMemo, type StoredRef } from "./batch-memo";
import { detectLanguage } from "./detect-language";
import { ingestInboundRun } from "./ingest-inbound-run";
import { applyParkedEvents } from "./park-event";
import { upsertThread } from "./upsert-author";

export type MessageOutcome = "stored" | "duplicate" | "ignored";

export interface ChannelRef {
  id: string;
  workspaceId: string;
}

export async function ingestMessage(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  memo: BatchMemo,
): Promise<{ outcome: MessageOutcome; caseId?: string; messageId?: string }> {
  const result = ev.direction === "OUTBOUND" ? await ingestOwnMessage(tx, channel, ev, memo) : (await ingestInboundRun(tx, channel, [ev], memo))[0]!;
  if (result.outcome === "stored" && result.messageId && result.caseId && memo.parked.has(ev.externalId)) {
    await applyParkedEvents(tx, channel, ev.externalId, { id: result.messageId, caseId: result.caseId }, memo);
    memo.parked.delete(ev.externalId);
  }
  return result;
}

/**
 * The page's own comment or a Messenger echo. When it is the echo of a reply sent from here (same channel and
 * text, still waiting for its platform id), it is that reply: the id is attached to it and nothing new is stored,
 * so the delivery job's own write of the id cannot collide with it (which used to make it send the reply again).
 * Otherwise it was written outside the app: it joins the case it answers and counts as a first response.
 */
async function ingestOwnMessage(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  memo: BatchMemo,
): Promise<{ outcome: MessageOutcome; caseId?: string; messageId?: string }> {
  const dup = memo.messages.get(ev.externalId);
  if (dup) return { outcome: "duplicate", messageId: dup.id, caseId: dup.caseId };
  const parent: StoredRef | null = ev.parentExternalId ? (memo.messages.get(ev.parentExternalId) ?? null) : null;
  // A reply belongs to its parent's thread when we know the parent: X webhooks carry no conversation id,
  // so a reply to our reply would otherwise start a thread (and a case) of its own.
  const threadId = parent?.threadId ?? (await upsertThread(tx, channel.id, ev.thread, memo)).id;
  const ours = await tx.message.findFirst({
    where: {
      channelId: channel.id,
      direction: "OUTBOUND",
      authorUserId: { not: null },
      externalId: null,
      deliveryStatus: { in: ["QUEUED", "SENDING", "SENT"] },
      body: ev.body,
    },
    orderBy: { createdAt: "asc" },
    select: { id: true, caseId: true },
  });
  if (ours) {
    await tx.message.update({ where: { id: ours.id }, data: { externalId: ev.externalId } });
    memo.messages.set(ev.externalId, { id: ours.id, caseId: ours.caseId, threadId });
    return { outcome: "duplicate" as const, caseId: ours.caseId, messageId: ours.id };
  }
  const target =
    parent ??
    (await tx.message.findFirst({
      where: { channelId: channel.id, threadId, direction: "INBOUND" },
      orderBy: { platformCreatedAt: "desc" },
      select: { id: true, caseId: true },
    }));
  if (!target) return { outcome: "ignored" as const };
  const c = await tx.case.findUniqueOrThrow({ where: { id: target.caseId } });
  const message = await tx.message.create({
    data: {
      workspaceId: channel.workspaceId,
      caseId: c.id,
      channelId: channel.id,
      threadId,
      externalId: ev.externalId,
      parentId: parent?.id ?? null,
      parentExternalId: ev.parentExternalId ?? null,
      direction: "OUTBOUND",
      visibility: ev.visibility,
      kind: ev.kind,
      body: ev.body,
      language: detectLanguage(ev.body),
      platformCreatedAt: ev.platformCreatedAt,
      permalink: ev.permalink ?? null,
      deliveryStatus: "SENT",
      deliveredAt: ev.platformCreatedAt,
    },
    select: { id: true },
  });
  // A page comment older than the case (replayed by polling) did not answer it.
  const firstResponse = ev.platformCreatedAt >= c.openedAt ? firstResponseFields(c, ev.platformCreatedAt) : {};
  const opens = c.status === "NEW";
  await tx.case.update({
    where: { id: c.id },
    data: {
      lastMessageAt: maxDate(c.lastMessageAt, ev.platformCreatedAt),
      ...firstResponse,
      ...(opens ? { status: "OPEN" as const } : {}),
    },
  });
  audit(memo, {
    workspaceId: channel.workspaceId,
    action: "MESSAGE_RECEIVED",
    actor: PLATFORM,
    caseId: c.id,
    entityType: "message",
    entityId: message.id,
    data: { externalId: ev.externalId, kind: ev.kind, direction: "OUTBOUND", sentOutsideApp: true },
  });
  if (opens) {
    audit(memo, {
      workspaceId: channel.workspaceId,
      action: "CASE_STATUS_CHANGED",
      actor: PLATFORM,
      caseId: c.id,
      entityType: "case",
      entityId: c.id,
      data: { from: "NEW", to: "OPEN", reason: "answered_on_platform", externalId: ev.externalId },
    });
  }
  memo.messages.set(ev.externalId, { id: message.id, caseId: c.id, threadId });
  return { outcome: "stored" as const, caseId: c.id, messageId: message.id };
}

function maxDate(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}
