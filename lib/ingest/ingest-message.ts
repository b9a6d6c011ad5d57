// Stores one inbound platform message, exactly once, in its case. Runs in the caller's transaction.
import type { Prisma } from "../generated/prisma/client";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import type { InboundMessage } from "../connectors/types";
import { firstResponseFields } from "../cases/first-response";
import { detectLanguage } from "./detect-language";
import { routeInbound } from "./route-to-case";
import { upsertIdentity, upsertThread } from "./upsert-author";

export type MessageOutcome = "stored" | "duplicate" | "ignored";

interface ChannelRef {
  id: string;
  workspaceId: string;
}

const PREVIEW_LENGTH = 140;

export async function ingestMessage(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
): Promise<{ outcome: MessageOutcome; caseId?: string; messageId?: string }> {
  const dup = await tx.message.findUnique({
    where: { channelId_externalId: { channelId: channel.id, externalId: ev.externalId } },
    select: { id: true },
  });
  if (dup) return { outcome: "duplicate", messageId: dup.id };

  const parent = ev.parentExternalId
    ? await tx.message.findUnique({
        where: { channelId_externalId: { channelId: channel.id, externalId: ev.parentExternalId } },
        select: { id: true, caseId: true, threadId: true },
      })
    : null;
  // A reply belongs to its parent's thread when we know the parent: X webhooks carry no conversation id,
  // so a reply to our reply would otherwise start a thread (and a case) of its own.
  const thread = parent?.threadId ? { id: parent.threadId } : await upsertThread(tx, channel.id, ev.thread);

  if (ev.direction === "OUTBOUND") return ingestOwnMessage(tx, channel, ev, thread.id, parent);

  const identity = await upsertIdentity(tx, channel.workspaceId, channel.id, ev.author);
  // Serialise routing per contact so two concurrent messages of one author cannot open two cases.
  await tx.$queryRaw`SELECT id FROM contacts WHERE id = ${identity.contactId} FOR UPDATE`;
  const routing = await routeInbound(tx, {
    contactId: identity.contactId,
    threadId: thread.id,
    isPrivate: ev.visibility === "PRIVATE",
  });

  let caseId: string;
  if (routing.kind === "new") {
    caseId = await openCase(tx, channel, ev, identity.contactId, thread.id);
  } else {
    caseId = routing.caseId;
    const current = await tx.case.findUniqueOrThrow({ where: { id: caseId } });
    const reopen = routing.kind === "reopen";
    await tx.case.update({
      where: { id: caseId },
      data: {
        lastMessageAt: maxDate(current.lastMessageAt, ev.platformCreatedAt),
        lastInboundAt: maxDate(current.lastInboundAt, ev.platformCreatedAt),
        // The customer answered: the ball is back in our court.
        ...(current.status === "WAITING_ON_CUSTOMER" || reopen ? { status: "OPEN" as const } : {}),
        ...(reopen ? { reopenCount: { increment: 1 }, resolvedAt: null, closedAt: null } : {}),
      },
    });
    if (reopen) {
      await recordAudit(tx, {
        workspaceId: channel.workspaceId,
        action: "CASE_REOPENED",
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
      threadId: thread.id,
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
  });
  await recordAudit(tx, {
    workspaceId: channel.workspaceId,
    action: "MESSAGE_RECEIVED",
    actor: PLATFORM,
    caseId,
    entityType: "message",
    entityId: message.id,
    data: { externalId: ev.externalId, kind: ev.kind, visibility: ev.visibility },
  });
  return { outcome: "stored", caseId, messageId: message.id };
}

async function openCase(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  contactId: string,
  threadId: string,
): Promise<string> {
  const ws = await tx.workspace.update({
    where: { id: channel.workspaceId },
    data: { caseCounter: { increment: 1 } },
    select: { caseCounter: true, firstResponseSlaMinutes: true, resolutionSlaHours: true },
  });
  const t = ev.platformCreatedAt.getTime();
  const created = await tx.case.create({
    data: {
      workspaceId: channel.workspaceId,
      number: ws.caseCounter,
      status: "NEW",
      contactId,
      channelId: channel.id,
      threadId,
      language: detectLanguage(ev.body),
      preview: ev.body.replace(/\s+/g, " ").trim().slice(0, PREVIEW_LENGTH),
      openedAt: ev.platformCreatedAt,
      lastMessageAt: ev.platformCreatedAt,
      lastInboundAt: ev.platformCreatedAt,
      firstResponseDueAt: new Date(t + ws.firstResponseSlaMinutes * 60_000),
      resolutionDueAt: new Date(t + ws.resolutionSlaHours * 3_600_000),
    },
  });
  await recordAudit(tx, {
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

/** The page's own comment or a Messenger echo: joins the case it answers; counts as a first response. */
async function ingestOwnMessage(
  tx: Prisma.TransactionClient,
  channel: ChannelRef,
  ev: InboundMessage,
  threadId: string,
  parent: { id: string; caseId: string; threadId: string | null } | null,
) {
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
  });
  // A page comment older than the case (replayed by polling) did not answer it.
  const firstResponse = ev.platformCreatedAt >= c.openedAt ? firstResponseFields(c, ev.platformCreatedAt) : {};
  await tx.case.update({
    where: { id: c.id },
    data: {
      lastMessageAt: maxDate(c.lastMessageAt, ev.platformCreatedAt),
      ...firstResponse,
      ...(c.status === "NEW" ? { status: "OPEN" as const } : {}),
    },
  });
  await recordAudit(tx, {
    workspaceId: channel.workspaceId,
    action: "MESSAGE_RECEIVED",
    actor: PLATFORM,
    caseId: c.id,
    entityType: "message",
    entityId: message.id,
    data: { externalId: ev.externalId, kind: ev.kind, direction: "OUTBOUND", sentOutsideApp: true },
  });
  return { outcome: "stored" as const, caseId: c.id, messageId: message.id };
}

function maxDate(a: Date | null, b: Date): Date {
  return a && a > b ? a : b;
}
