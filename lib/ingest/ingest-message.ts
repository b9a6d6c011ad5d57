// Stores one inbound platform message, exactly once, in its case. Runs in the caller's (batch) transaction;
// every status change it makes is audited, and events parked for this message are applied right after it.
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM } from "../audit/record-audit";
import type { InboundMessage } from "../connectors/types";
import { firstResponseFields } from "../cases/first-response";
import { notify } from "../notifications/notify";
import { caseOwners } from "../notifications/recipients";
import { answerNotifications, confirmationAudits } from "../resolution/confirm-on-answer";
import { audit, type BatchMemo, type StoredRef } from "./batch-memo";
import { detectLanguage } from "./detect-language";
import { applyParkedEvents } from "./park-event";
import { routeInbound } from "./route-to-case";
import { upsertIdentity, upsertThread } from "./upsert-author";

export type MessageOutcome = "stored" | "duplicate" | "ignored";

export interface ChannelRef {
  id: string;
  workspaceId: string;
}

const PREVIEW_LENGTH = 140;

export async function ingestMessage(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  memo: BatchMemo,
): Promise<{ outcome: MessageOutcome; caseId?: string; messageId?: string }> {
  const dup = memo.messages.get(ev.externalId);
  if (dup) return { outcome: "duplicate", messageId: dup.id, caseId: dup.caseId };

  const parent = ev.parentExternalId ? (memo.messages.get(ev.parentExternalId) ?? null) : null;
  // A reply belongs to its parent's thread when we know the parent: X webhooks carry no conversation id,
  // so a reply to our reply would otherwise start a thread (and a case) of its own.
  const thread = parent?.threadId ? { id: parent.threadId } : await upsertThread(tx, channel.id, ev.thread, memo);

  const result =
    ev.direction === "OUTBOUND"
      ? await ingestOwnMessage(tx, channel, ev, thread.id, parent, memo)
      : await ingestCustomerMessage(tx, channel, ev, thread.id, parent, memo);
  if (result.outcome !== "ignored" && result.messageId && result.caseId) {
    memo.messages.set(ev.externalId, { id: result.messageId, caseId: result.caseId, threadId: thread.id });
    if (result.outcome === "stored" && memo.parked.has(ev.externalId)) {
      await applyParkedEvents(tx, channel, ev.externalId, { id: result.messageId, caseId: result.caseId }, memo);
      memo.parked.delete(ev.externalId);
    }
  }
  return result;
}

async function ingestCustomerMessage(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  threadId: string,
  parent: StoredRef | null,
  memo: BatchMemo,
) {
  const identity = await upsertIdentity(tx, channel.workspaceId, channel.id, ev.author, memo);
  // Serialise routing per contact so two concurrent messages of one author cannot open two cases.
  if (!memo.lockedContacts.has(identity.contactId)) {
    await tx.$queryRaw`SELECT id FROM contacts WHERE id = ${identity.contactId} FOR UPDATE`;
    memo.lockedContacts.add(identity.contactId);
  }
  const routing = await routeInbound(tx, {
    contactId: identity.contactId,
    threadId,
    isPrivate: ev.visibility === "PRIVATE",
    body: ev.body,
  });

  let caseId: string;
  if (routing.kind === "new") {
    caseId = await openCase(tx, channel, ev, identity.contactId, threadId, memo);
  } else {
    caseId = routing.caseId;
    const current = routing.current;
    const reopen = routing.kind === "reopen";
    const backToUs = routing.kind === "join" && current.status === "WAITING_ON_CUSTOMER";
    await tx.case.update({
      where: { id: caseId },
      data: {
        lastMessageAt: maxDate(current.lastMessageAt, ev.platformCreatedAt),
        lastInboundAt: maxDate(current.lastInboundAt, ev.platformCreatedAt),
        // The customer answered: the ball is back in our court.
        ...(backToUs || reopen ? { status: "OPEN" as const } : {}),
        ...(reopen ? { reopenCount: { increment: 1 }, resolvedAt: null, closedAt: null } : {}),
        // The customer's "yes" to the satisfaction check: closed as confirmed (the case row is locked by routing).
        ...(routing.kind === "confirm"
          ? { confirmation: "CONFIRMED" as const, confirmedAt: ev.platformCreatedAt, csat: routing.csat, status: "CLOSED" as const,
              ...(current.status === "CLOSED" ? {} : { closedAt: new Date() }) }
          : {}),
      },
    });
    if (reopen || backToUs) {
      audit(memo, {
        workspaceId: channel.workspaceId,
        action: reopen ? "CASE_REOPENED" : "CASE_STATUS_CHANGED",
        actor: PLATFORM,
        caseId,
        entityType: "case",
        entityId: caseId,
        data: { from: current.status, to: "OPEN", reason: "new_customer_message", externalId: ev.externalId },
      });
    }
  }

  const message = await tx.message.create({
    data: {
      workspaceId: channel.workspaceId,
      caseId,
      channelId: channel.id,
      threadId,
      externalId: ev.externalId,
      parentId: parent?.id ?? null,
      parentExternalId: ev.parentExternalId ?? null,
      direction: "INBOUND",
      visibility: ev.visibility,
      kind: ev.kind,
      authorIdentityId: identity.id,
      body: ev.body,
      language: detectLanguage(ev.body),
      platformCreatedAt: ev.platformCreatedAt,
      permalink: ev.permalink ?? null,
      deliveryStatus: "RECEIVED",
    },
    select: { id: true },
  });
  audit(memo, {
    workspaceId: channel.workspaceId,
    action: "MESSAGE_RECEIVED",
    actor: PLATFORM,
    caseId,
    entityType: "message",
    entityId: message.id,
    data: { externalId: ev.externalId, kind: ev.kind, visibility: ev.visibility },
  });
  if (routing.kind === "confirm") {
    const c = { workspaceId: channel.workspaceId, caseId, messageId: message.id, csat: routing.csat };
    for (const a of confirmationAudits({ ...c, from: routing.current.status })) audit(memo, a);
    const o = (await caseOwners(tx, [caseId])).get(caseId)!;
    await notify(tx, channel.workspaceId, answerNotifications(o.ownerIds, { ...c, kind: "CUSTOMER_CONFIRMED", number: o.number }));
  }
  return { outcome: "stored" as const, caseId, messageId: message.id };
}

async function openCase(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  contactId: string,
  threadId: string,
  memo: BatchMemo,
): Promise<string> {
  // A per-workspace sequence (see migration *_ingest_pipeline): no lock on the workspace row.
  const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT next_case_number(${channel.workspaceId}) AS n`;
  const n = row!.n;
  const t = ev.platformCreatedAt.getTime();
  const created = await tx.case.create({
    data: {
      workspaceId: channel.workspaceId,
      number: n,
      status: "NEW",
      contactId,
      channelId: channel.id,
      threadId,
      language: detectLanguage(ev.body),
      preview: ev.body.replace(/\s+/g, " ").trim().slice(0, PREVIEW_LENGTH),
      openedAt: ev.platformCreatedAt,
      lastMessageAt: ev.platformCreatedAt,
      lastInboundAt: ev.platformCreatedAt,
      firstResponseDueAt: new Date(t + memo.workspace.firstResponseSlaMinutes * 60_000),
      resolutionDueAt: new Date(t + memo.workspace.resolutionSlaHours * 3_600_000),
    },
    select: { id: true, number: true },
  });
  audit(memo, {
    workspaceId: channel.workspaceId,
    action: "CASE_CREATED",
    actor: PLATFORM,
    caseId: created.id,
    entityType: "case",
    entityId: created.id,
    data: { number: created.number, channelId: channel.id, externalId: ev.externalId },
  });
  return created.id;
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
  threadId: string,
  parent: StoredRef | null,
  memo: BatchMemo,
) {
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
  return { outcome: "stored" as const, caseId: c.id, messageId: message.id };
}

function maxDate(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}
