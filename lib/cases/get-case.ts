// One case with its thread in platform order, each message's platform events, and the audit timeline.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeWhere } from "./case-scope";
import { resolutionOf } from "../resolution/resolution-of";
import { notFound } from "../errors/domain-errors";

// Messages in platform order, each with its platform events, author and delivery attempts.
const THREAD = {
  orderBy: [{ platformCreatedAt: "asc" }, { createdAt: "asc" }],
  include: {
    events: { orderBy: { platformTime: "asc" } },
    authorIdentity: { select: { id: true, name: true, handle: true } },
    authorUser: { select: { id: true, name: true } },
    attempts: { orderBy: { attempt: "asc" } },
  },
} satisfies Prisma.Case$messagesArgs;

export async function getCase(prisma: PrismaClient, member: Member, caseId: string) {
  const found = await prisma.case.findFirst({
    where: { id: caseId, ...caseScopeWhere(member) },
    include: {
      channel: { select: { id: true, name: true, platform: true, kind: true } },
      thread: { select: { id: true, externalId: true, kind: true, text: true, permalink: true, platformCreatedAt: true } },
      contact: {
        select: {
          id: true, displayName: true, signals: true,
          identities: {
            select: {
              id: true, channelId: true, platformUserId: true, handle: true, name: true, followerCount: true,
              channel: { select: { platform: true } },
            },
          },
        },
      },
      assignee: { select: { id: true, name: true } },
      incident: { select: { id: true, title: true, status: true } },
      escalations: {
        orderBy: { createdAt: "asc" },
        include: { assignee: { select: { id: true, name: true } }, team: { select: { id: true, name: true } }, createdBy: { select: { id: true, name: true } } },
      },
      followUps: { orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }] },
      messages: THREAD,
    },
  });
  if (!found) throw notFound("Case");
  return { ...found, search: undefined, resolution: resolutionOf(found), events: await auditOf(prisma, caseId) };
}

/** Just the thread (GET /api/v1/cases/{id}/messages), without loading the rest of the case. */
export async function getCaseMessages(prisma: PrismaClient, member: Member, caseId: string) {
  await assertVisible(prisma, member, caseId);
  return prisma.message.findMany({ where: { caseId }, ...THREAD });
}

/** Just the audit timeline (GET /api/v1/cases/{id}/events). */
export async function getCaseEvents(prisma: PrismaClient, member: Member, caseId: string) {
  await assertVisible(prisma, member, caseId);
  return auditOf(prisma, caseId);
}

async function assertVisible(prisma: PrismaClient, member: Member, caseId: string) {
  if (!(await prisma.case.count({ where: { id: caseId, ...caseScopeWhere(member) } }))) throw notFound("Case");
}

function auditOf(prisma: PrismaClient, caseId: string) {
  return prisma.auditEvent.findMany({
    where: { caseId },
    orderBy: { id: "asc" },
    include: { actor: { select: { id: true, name: true } } },
  });
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
