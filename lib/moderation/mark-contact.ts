// Marks (or unmarks) a contact as a troll or a spammer. Only then may their messages be hidden as such or
// the contact banned (R1, R8). Audited, so who called a customer a troll stays on the record.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { notFound } from "../errors/domain-errors";
import type { ContactMarkInput } from "./schemas";

export async function markContact(prisma: PrismaClient, member: Member, contactId: string, input: ContactMarkInput) {
  assertCan(member.role, "moderation.hide");
  return prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findFirst({ where: { id: contactId, workspaceId: member.workspaceId } });
    if (!contact) throw notFound("Contact");
    const signals = input.on ? [...new Set([...contact.signals, input.mark])] : contact.signals.filter((s) => s !== input.mark);
    const updated = await tx.contact.update({ where: { id: contact.id }, data: { signals } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId,
      action: "CONTACT_MARKED",
      actor: actorOf(member),
      entityType: "contact",
      entityId: contact.id,
      data: { signals: { from: contact.signals, to: signals } },
    });
    return updated;
  });
}
