// The world the permission matrix runs in: one workspace, one member and API token per role, an open case
// every role but customer service sees, an escalated case customer service works, a customer's public comment,
// a canned reply. Tests add what their new routes need here.
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Member } from "@/lib/auth/member";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../../helpers/factories";

export const ROLES: readonly Role[] = ["COMMUNITY_MANAGER", "CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"];

export interface MatrixFixture {
  workspaceId: string;
  members: Record<Role, Member>;
  tokens: Record<Role, string>;
  /** A case every role that sees the whole inbox sees. */
  openCaseId: string;
  /** An escalated case: customer service sees this one. */
  escalatedCaseId: string;
  /** A customer's public comment in the escalated case. */
  publicMessageId: string;
  cannedReplyId: string;
  /** The customer of the escalated case (open case: a ban is refused with 409). */
  contactId: string;
  /** The escalated case's escalation, and a follow-up promised on it. */
  escalationId: string;
  followUpId: string;
  /** A draft waiting for a team lead's decision. */
  draftApprovalId: string;
}

export async function buildFixture(prisma: PrismaClient): Promise<MatrixFixture> {
  const { ws, channel } = await makeWorkspace(prisma);
  const members = {} as Record<Role, Member>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    members[role] = await makeMember(prisma, ws.id, role);
    tokens[role] = (await createApiToken(prisma, { email: members[role].email })).token;
  }
  const s = await ingestEvents(prisma, channel.id, [
    comment({ externalId: "m-open", body: "Colis jamais arrivé", author: { platformUserId: "u1", name: "Léa" } }),
    comment({ externalId: "m-esc", body: "Armoire de la mauvaise couleur", author: { platformUserId: "u2", name: "Marc" } }),
  ]);
  const [openCaseId, escalatedCaseId] = s.caseIds as [string, string];
  const escalation = await prisma.escalation.create({
    data: { caseId: escalatedCaseId, reason: "Échange", context: {}, createdById: members.COMMUNITY_MANAGER.userId },
  });
  await prisma.case.update({ where: { id: escalatedCaseId }, data: { status: "ESCALATED" } });
  const publicMessageId = (await prisma.message.findFirstOrThrow({ where: { caseId: escalatedCaseId, direction: "INBOUND" } })).id;
  const canned = await prisma.cannedReply.create({ data: { workspaceId: ws.id, title: "Bonjour", body: "Bonjour {{prenom}}" } });
  const { contactId } = await prisma.case.findUniqueOrThrow({ where: { id: escalatedCaseId }, select: { contactId: true } });
  const followUp = await prisma.followUp.create({
    data: { workspaceId: ws.id, caseId: escalatedCaseId, phrase: "je vous rappelle demain", dueAt: new Date(Date.now() + 86_400_000) },
  });
  return {
    workspaceId: ws.id, members, tokens, openCaseId, escalatedCaseId, publicMessageId, cannedReplyId: canned.id, contactId,
    escalationId: escalation.id, followUpId: followUp.id,
    draftApprovalId: (await submitDraftForApproval(prisma, members.COMMUNITY_MANAGER, escalatedCaseId, { text: "Bonjour Marc", visibility: "public" })).id,
  };
}
