// Hides (or unhides) a customer's public message on the platform, with a reason, and records it beside the
// original text. Never deletes. The platform is asked first: if it refuses (an `upstream` error with its reason), nothing is recorded as hidden.
// R1: a complaint is never hidden as troll or spam while its case is open and not marked so; hiding for
// personal data stays allowed (it protects the customer). Customer service may not hide. Shown on the timeline
// of the author's other open cases too (issue #19), so whoever answers them sees it.
import type { Channel, Message, Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf, type Actor } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { platformCall } from "../errors/upstream";
import { openComplaintNumbers } from "./open-complaints";
import { recordOnOpenCases } from "./record-on-open-cases";
import { caseScopeWhere } from "../cases/case-scope";
import { contextOf } from "../channels/channel-context";
import type { HideInput } from "./schemas";
import { UNHIDEABLE_PLATFORMS, type PlatformId } from "../connectors/platforms";

export async function hideMessage(prisma: PrismaClient, member: Member, messageId: string, input: HideInput) {
  assertCan(member.role, "moderation.hide");
  const m = await prisma.message.findFirst({
    where: { id: messageId, case: caseScopeWhere(member) },
    include: { channel: true, case: { select: { contactId: true, number: true } } },
  });
  if (!m) throw notFound("Message");
  if (m.direction !== "INBOUND" || m.visibility !== "PUBLIC" || !m.externalId) {
    throw conflict("not_hideable", "Only a customer's public message can be hidden.");
  }
  // Google gives the owner no hide: say so before asking it (report the review to Google instead).
  if (UNHIDEABLE_PLATFORMS.includes(m.channel.platform as PlatformId)) {
    throw conflict("review_not_hideable", "Google does not let the owner hide a review: report it to Google if it breaks its rules.");
  }
  if (input.hidden && (input.reason === "troll" || input.reason === "spam")) {
    const open = await openComplaintNumbers(prisma, m.workspaceId, m.case.contactId);
    if (open.length > 0) {
      throw conflict(
        "hide_refused_open_complaint",
        `This author has an open case not marked troll or spam (#${open.join(", #")}): answer the complaint instead of hiding it. ` +
          "To protect their privacy, hide it for personal data.",
        { cases: open },
      );
    }
  }
  return hideAndRecord(prisma, m, input, actorOf(member), member.userId);
}

type Hideable = Pick<Message, "id" | "workspaceId" | "caseId" | "externalId"> & { channel: Channel; case: { contactId: string; number: number } };

/**
 * Asks the platform, then records the hide beside the original text (a message event, an audit event on this
 * case and on the author's other open cases). The caller has checked R1. Also used by automation rules
 * (lib/automation/hide-spam.ts), whose audit data names the rule (`extra`).
 */
export async function hideAndRecord(prisma: PrismaClient, m: Hideable, input: HideInput, actor: Actor, actorUserId: string | null, extra: Prisma.InputJsonObject = {}) {
  const { connector, ctx } = contextOf(m.channel);
  await platformCall(connector.setHidden(ctx, m.externalId!, input.hidden));
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const event = await tx.messageEvent.create({
      data: {
        messageId: m.id,
        kind: input.hidden ? "HIDDEN" : "UNHIDDEN",
        platformTime: now,
        actorUserId,
        reason: input.note ? `${input.reason}: ${input.note}` : input.reason,
      },
    });
    const audit = {
      workspaceId: m.workspaceId,
      action: "MESSAGE_HIDDEN_BY_US",
      actor,
      entityType: "message",
      entityId: m.id,
      data: { hidden: input.hidden, reason: input.reason, note: input.note ?? null, caseNumber: m.case.number, ...extra },
    } as const;
    await recordAudit(tx, { ...audit, caseId: m.caseId });
    await recordOnOpenCases(tx, m.case.contactId, audit, { alreadyOn: m.caseId });
    return event;
  });
}
