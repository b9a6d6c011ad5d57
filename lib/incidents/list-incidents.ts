// Incidents of a workspace with their size and growth (complaints in the last hour and day), newest activity
// first. The API shape of GET /api/v1/incidents.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { notFound } from "../errors/domain-errors";

export interface IncidentItem {
  id: string;
  status: "SUGGESTED" | "OPEN" | "RESOLVED";
  title: string;
  summary: string | null;
  terms: string[];
  size: number;
  caseIds: string[];
  firstAt: Date | null;
  lastAt: Date | null;
  growth: { lastHour: number; lastDay: number };
}

export async function listIncidents(
  prisma: PrismaClient, member: Member, q: { status?: IncidentItem["status"]; limit?: number } = {}, now = new Date(),
): Promise<IncidentItem[]> {
  assertCan(member.role, "cases.view_all");
  const rows = await prisma.incident.findMany({
    where: { workspaceId: member.workspaceId, ...(q.status ? { status: q.status } : {}) },
    orderBy: [{ lastAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    take: q.limit ?? 50,
    include: { cases: { select: { id: true, openedAt: true }, orderBy: { openedAt: "asc" } } },
  });
  const hour = now.getTime() - 3_600_000;
  const day = now.getTime() - 86_400_000;
  return rows.map((r) => ({
    id: r.id, status: r.status, title: r.title, summary: r.summary, terms: r.terms,
    size: r.cases.length, caseIds: r.cases.map((c) => c.id), firstAt: r.firstAt, lastAt: r.lastAt,
    growth: {
      lastHour: r.cases.filter((c) => c.openedAt.getTime() >= hour).length,
      lastDay: r.cases.filter((c) => c.openedAt.getTime() >= day).length,
    },
  }));
}

export async function getIncident(prisma: PrismaClient, member: Member, id: string) {
  assertCan(member.role, "cases.view_all");
  const incident = await prisma.incident.findFirst({
    where: { id, workspaceId: member.workspaceId },
    include: {
      updates: { orderBy: { createdAt: "desc" } },
      cases: {
        orderBy: { openedAt: "asc" },
        select: {
          id: true, number: true, status: true, priority: true, preview: true, openedAt: true, lastInboundAt: true, firstRespondedAt: true, language: true,
          contact: { select: { displayName: true, signals: true } }, channel: { select: { platform: true, name: true } },
        },
      },
    },
  });
  if (!incident) throw notFound("Incident");
  return incident;
}
