// Publishes or rejects a comment the platform holds back for review (YouTube "held for review" / "likely
// spam"), recorded beside the original text like a hide. Rejecting is hiding for good: the R1 rule of
// hide-message.ts holds (a complaint is never rejected as troll or spam while its author has an open case not
// marked so), and rejecting never bans the author (a ban is the lead's flow). The platform is asked first.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { platformCall } from "../errors/upstream";
import { caseScopeWhere } from "../cases/case-scope";
import { contextOf } from "../channels/channel-context";
import { openComplaintNumbers } from "./open-complaints";
import type { ModerateHeldInput } from "./schemas";

export async function moderateHeld(prisma: PrismaClient, member: Member, messageId: string, input: ModerateHeldInput) {
  assertCan(member.role, "moderation.hide");
  const m = await prisma.message.findFirst({
    where: { id: messageId, case: caseScopeWhere(member) },
    include: { channel: true, case: { select: { contactId: true, number: true } }, events: { where: { kind: { in: ["HIDDEN", "UNHIDDEN"] } }, select: { id: true } } },
  });
  if (!m) throw notFound("Message");
  const { connector, ctx } = contextOf(m.channel);
  // Held when it arrived and not decided since (a decision is a HIDDEN / UNHIDDEN event beside it).
  if (!m.held || m.events.length > 0 || !m.externalId || !connector.moderateHeld) throw conflict("not_held", "Only a comment the platform holds for review can be published or rejected.");
  const publish = input.decision === "publish";
  if (!publish && (input.reason === "troll" || input.reason === "spam")) {
    const open = await openComplaintNumbers(prisma, m.workspaceId, m.case.contactId);
    if (open.length > 0) {
      throw conflict(
        "reject_refused_open_complaint",
        `This author has an open case not marked troll or spam (#${open.join(", #")}): answer the complaint instead of rejecting it.`,
        { cases: open },
      );
    }
  }
  await platformCall(connector.moderateHeld(ctx, m.externalId, input.decision));
  const now = new Date();
  const reason = publish ? "published" : `rejected: ${input.reason}${input.note ? `: ${input.note}` : ""}`;
  return prisma.$transaction(async (tx) => {
    const event = await tx.messageEvent.create({
      data: { messageId: m.id, kind: publish ? "UNHIDDEN" : "HIDDEN", platformTime: now, actorUserId: member.userId, reason },
    });
    await recordAudit(tx, {
      workspaceId: m.workspaceId, action: "HELD_COMMENT_MODERATED", actor: actorOf(member), caseId: m.caseId,
      entityType: "message", entityId: m.id,
      data: { decision: input.decision, reason: input.reason ?? null, note: input.note ?? null, caseNumber: m.case.number },
    });
    return event;
  });
}
