// A team lead decides on a requested troll/spam mark (./mark-contact.ts): approve (the mark is put on the
// contact, so hiding as troll/spam and a ban become possible) or refuse (they stay a customer), with a comment
// the requester reads. Claimed atomically, so two leads cannot both decide; a decided request cannot be
// decided again. The decision is on the timeline of every open case of the author.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { recordOnOpenCases } from "./record-on-open-cases";
import { writeMark } from "./mark-contact";
import type { MarkDecisionInput } from "./schemas";

export async function decideContactMark(prisma: PrismaClient, member: Member, requestId: string, input: MarkDecisionInput) {
  assertCan(member.role, "moderation.decide_mark");
  const r = await prisma.contactMarkRequest.findFirst({ where: { id: requestId, workspaceId: member.workspaceId }, include: { contact: true } });
  if (!r) throw notFound("Mark request");
  const approve = input.decision === "approve";
  return prisma.$transaction(async (tx) => {
    const claimed = await tx.contactMarkRequest.updateMany({
      where: { id: r.id, status: "PENDING" },
      data: { status: approve ? "APPROVED" : "REFUSED", reviewerId: member.userId, comment: input.comment ?? null, decidedAt: new Date() },
    });
    if (claimed.count === 0) throw conflict("mark_already_decided", "This mark request was already decided.");
    await recordOnOpenCases(tx, r.contactId, {
      workspaceId: r.workspaceId,
      action: approve ? "CONTACT_MARK_APPROVED" : "CONTACT_MARK_REFUSED",
      actor: actorOf(member),
      entityType: "contact_mark_request",
      entityId: r.id,
      data: { contactId: r.contactId, mark: r.mark, reason: r.reason, comment: input.comment ?? null, requestedById: r.requestedById },
    });
    // The mark itself is its own CONTACT_MARKED event, in the lead's name, as when a lead marks directly.
    const contact = approve ? await writeMark(tx, member, r.contact, { mark: r.mark, on: true, reason: r.reason, requestId: r.id }) : r.contact;
    return { request: await tx.contactMarkRequest.findUniqueOrThrow({ where: { id: r.id } }), contact };
  });
}
