// The world the permission matrix runs in: one workspace, one member and API token per role, an open case
// every role but customer service sees, an escalated case customer service works, a customer's public comment,
// a canned reply, and real rows (an alert, an incident, a spare member, a team, a second pending draft) so the
// rules on /[id] routes call them with ids that exist: an allowed role then gets past the lookup (2xx or 409),
// and a refused role's 403 cannot be confused with a 404. Tests add what their new routes need here.
import { createRule } from "@/lib/automation/create-rule";
import { ruleInput } from "@/lib/automation/rule-schema";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Member } from "@/lib/auth/member";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { markContact } from "@/lib/moderation/mark-contact";
import { createTeam } from "@/lib/teams/create-team";
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
  /** Another pending draft, decided through the API route (the action decides draftApprovalId). */
  decisionDraftApprovalId: string;
  /** An unacknowledged alert of the workspace (acknowledging it again is a no-op). */
  alertId: string;
  /** An open incident with no linked case (answering it answers nobody). */
  incidentId: string;
  /** The membership of a spare customer-service member who is no role's caller (patched to the role they have). */
  spareMembershipId: string;
  /** A team of the workspace. */
  teamId: string;
  /** A customer with an open case of their own, marked through the routes (the escalated case's stays unmarked). */
  markContactId: string;
  /** Pending troll-mark requests on another customer: one decided by the action, one through the API route. */
  markRequestId: string;
  decisionMarkRequestId: string;
  /** A disabled automation rule (issue #22) that tags: previewing or renaming it is harmless. */
  ruleId: string;
  /** The workspace's (Facebook) channel: registering an X webhook on it is refused as invalid, after the permission check. */
  channelId: string;
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
    comment({ externalId: "m-mark", body: "Vous êtes des clowns", author: { platformUserId: "u3", name: "Troll" }, thread: { externalId: "post-3", kind: "POST" } }),
    comment({ externalId: "m-req", body: "Bande de clowns", author: { platformUserId: "u4", name: "Kevin" }, thread: { externalId: "post-4", kind: "POST" } }),
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
  const now = new Date();
  const alert = await prisma.alert.create({
    data: { workspaceId: ws.id, kind: "VOLUME_SPIKE", scopeKey: "workspace", title: "Pic de messages", firstAt: now, lastAt: now },
  });
  const incident = await prisma.incident.create({
    data: { workspaceId: ws.id, title: "Retards de livraison", status: "OPEN", confirmedAt: now, confirmedById: members.TEAM_LEAD.userId },
  });
  const spare = await makeMember(prisma, ws.id, "CUSTOMER_SERVICE");
  const spareMembership = await prisma.membership.findUniqueOrThrow({ where: { workspaceId_userId: { workspaceId: ws.id, userId: spare.userId } } });
  const team = await createTeam(prisma, members.ADMIN, { name: "Service client Ouest", kind: "CUSTOMER_SERVICE" });
  const contactOf = async (externalId: string) => (await prisma.message.findFirstOrThrow({ where: { externalId }, include: { case: true } })).case.contactId;
  const [markContactId, askedId] = await Promise.all([contactOf("m-mark"), contactOf("m-req")]);
  // Two pending requests on one person need both marks (one pending request per contact and mark).
  const ask = async (mark: "troll" | "spam") =>
    (await markContact(prisma, members.COMMUNITY_MANAGER, askedId, { mark, on: true, reason: "Insultes répétées" })).request!.id;
  const markRequestId = await ask("troll");
  const decisionMarkRequestId = await ask("spam");
  const rule = await createRule(prisma, members.ADMIN, ruleInput.parse({ name: "Livraison", definition: { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["livraison"] }], actions: [{ type: "add_tags", tags: ["livraison"] }] } }));
  const decisionDraft = await submitDraftForApproval(prisma, members.COMMUNITY_MANAGER, escalatedCaseId, { text: "Bonjour Marc, voici la suite.", visibility: "public" });
  return {
    alertId: alert.id, incidentId: incident.id, spareMembershipId: spareMembership.id, teamId: team.id, decisionDraftApprovalId: decisionDraft.id,
    workspaceId: ws.id, members, tokens, openCaseId, escalatedCaseId, publicMessageId, cannedReplyId: canned.id, contactId,
    escalationId: escalation.id, followUpId: followUp.id, markContactId, markRequestId, decisionMarkRequestId, ruleId: rule.id, channelId: channel.id,
    draftApprovalId: (await submitDraftForApproval(prisma, members.COMMUNITY_MANAGER, escalatedCaseId, { text: "Bonjour Marc", visibility: "public" })).id,
  };
}
