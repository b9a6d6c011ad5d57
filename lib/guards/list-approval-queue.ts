// The leads' queue of drafts waiting for approval (the guard settings page), each with its case number and
// author's name, so the page reads one list instead of joining three.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { listDraftApprovals } from "./list-draft-approvals";

export async function listApprovalQueue(prisma: PrismaClient, member: Member) {
  assertCan(member.role, "guards.manage");
  const pending = await listDraftApprovals(prisma, member);
  const [cases, users] = await Promise.all([
    prisma.case.findMany({ where: { id: { in: pending.map((p) => p.caseId) }, workspaceId: member.workspaceId }, select: { id: true, number: true } }),
    prisma.user.findMany({ where: { id: { in: pending.map((p) => p.authorUserId) } }, select: { id: true, name: true } }),
  ]);
  const number = new Map(cases.map((c) => [c.id, c.number]));
  const name = new Map(users.map((u) => [u.id, u.name]));
  return pending.map((p) => ({
    ...p,
    caseNumber: number.get(p.caseId) ?? null,
    authorName: name.get(p.authorUserId) ?? null,
    // The kinds of finding, once each: what the lead is asked to weigh.
    findings: [...new Set((p.warnings as { kind: string; category: string | null }[]).map((w) => w.category ?? w.kind))],
  }));
}
