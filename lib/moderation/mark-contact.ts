// Marks (or unmarks) a contact as a troll or a spammer. Only then may their messages be hidden as such or the
// contact banned (R1, R8), so on the author of an open complaint the mark is not one click (issue #19): a
// community manager's mark becomes a request a team lead approves or refuses on the troll signals
// (./decide-contact-mark.ts); a lead's own mark applies at once. Authors with no open complaint are marked
// directly (R8's flow). Putting a mark on takes a reason; removing one never needs approval (it only gives the
// person back the protection of a customer). Every step is on the timeline of each of their open cases.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan, can } from "../auth/permissions";
import { actorOf } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { isMark, openComplaintNumbers } from "./open-complaints";
import { notify } from "../notifications/notify";
import { leadIds } from "../notifications/recipients";
import { recordOnOpenCases } from "./record-on-open-cases";
import { trollEvidence } from "./troll-evidence";
import type { ContactMarkInput } from "./schemas";

type Contact = { id: string; workspaceId: string; signals: string[] };

/** Writes the mark on the contact and its audit event on their cases' timelines (inside the caller's transaction). */
export async function writeMark(
  tx: Prisma.TransactionClient,
  member: Member,
  contact: Contact,
  mark: { mark: string; on: boolean; reason: string | null; requestId?: string },
) {
  const signals = mark.on ? [...new Set([...contact.signals, mark.mark])] : contact.signals.filter((s) => s !== mark.mark);
  const updated = await tx.contact.update({ where: { id: contact.id }, data: { signals } });
  await recordOnOpenCases(tx, contact.id, {
    workspaceId: contact.workspaceId,
    action: "CONTACT_MARKED",
    actor: actorOf(member),
    entityType: "contact",
    entityId: contact.id,
    data: { mark: mark.mark, on: mark.on, reason: mark.reason, requestId: mark.requestId ?? null, signals: { from: contact.signals, to: signals } },
  });
  return updated;
}

export async function markContact(prisma: PrismaClient, member: Member, contactId: string, input: ContactMarkInput) {
  assertCan(member.role, "moderation.hide");
  const contact = await prisma.contact.findFirst({ where: { id: contactId, workspaceId: member.workspaceId } });
  if (!contact) throw notFound("Contact");
  // Only a troll/spam mark can silence someone: a VIP mark needs no lead's approval.
  const open = input.on && isMark(input.mark) ? await openComplaintNumbers(prisma, member.workspaceId, contact.id) : [];
  if (open.length === 0 || can(member.role, "moderation.decide_mark")) {
    const updated = await prisma.$transaction((tx) => writeMark(tx, member, contact, { mark: input.mark, on: input.on, reason: input.reason ?? null }));
    return { outcome: input.on ? ("marked" as const) : ("unmarked" as const), contact: updated, request: null };
  }
  const pending = await prisma.contactMarkRequest.count({ where: { contactId: contact.id, mark: input.mark, status: "PENDING" } });
  if (pending > 0) throw alreadyRequested();
  // Snapshotted with the request: the lead decides on what was true when it was asked, and it stays on record.
  const evidence = await trollEvidence(prisma, member.workspaceId, contact.id);
  try {
    const request = await prisma.$transaction(async (tx) => {
      const r = await tx.contactMarkRequest.create({
        data: { workspaceId: member.workspaceId, contactId: contact.id, mark: input.mark, reason: input.reason!, evidence: { ...evidence }, requestedById: member.userId },
      });
      await recordOnOpenCases(tx, contact.id, {
        workspaceId: member.workspaceId,
        action: "CONTACT_MARK_REQUESTED",
        actor: actorOf(member),
        entityType: "contact_mark_request",
        entityId: r.id,
        data: { contactId: contact.id, mark: input.mark, reason: r.reason, openComplaints: open },
      });
      // The leads decide: tell them, on the author's first open case.
      const first = await tx.case.findFirst({ where: { workspaceId: member.workspaceId, contactId: contact.id, number: { in: open } }, orderBy: { number: "asc" }, select: { id: true, number: true } });
      const leads = await leadIds(tx, member.workspaceId);
      await notify(tx, member.workspaceId, leads.map((userId) => ({ userId, kind: "MARK_REQUESTED" as const, caseId: first?.id ?? null, data: { number: first?.number ?? null, actor: member.name, mark: input.mark, name: contact.displayName } })), member.userId);
      return r;
    });
    return { outcome: "requested" as const, contact, request };
  } catch (err) {
    // Two community managers asking at once: the partial unique index keeps one pending request.
    if ((err as { code?: string }).code === "P2002") throw alreadyRequested();
    throw err;
  }
}

const alreadyRequested = () =>
  conflict("mark_already_requested", "A team lead has already been asked to approve this mark; they will decide on it.");
