// One case with its thread in platform order, each message's platform events, and the audit timeline.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { NotFoundError } from "../api/errors";
import { caseScopeWhere } from "./case-scope";

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
      escalations: { orderBy: { createdAt: "asc" } },
      messages: {
        orderBy: [{ platformCreatedAt: "asc" }, { createdAt: "asc" }],
        include: {
          events: { orderBy: { platformTime: "asc" } },
          authorIdentity: { select: { id: true, name: true, handle: true } },
          authorUser: { select: { id: true, name: true } },
          attempts: { orderBy: { attempt: "asc" } },
        },
      },
    },
  });
  if (!found) throw new NotFoundError("Case");
  const events = await prisma.auditEvent.findMany({
    where: { caseId },
    orderBy: { id: "asc" },
    include: { actor: { select: { id: true, name: true } } },
  });
  return { ...found, search: undefined, events };
}

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
