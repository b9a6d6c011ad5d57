// The workspace's rules in their order (archived ones last, on request), for the builder and GET /api/v1/rules.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { notFound } from "../errors/domain-errors";
import { ruleView } from "./rule-view";

export async function listRules(prisma: PrismaClient, member: Member, opts: { archived?: boolean } = {}) {
  assertCan(member.role, "automation.manage");
  const rows = await prisma.automationRule.findMany({
    where: { workspaceId: member.workspaceId, ...(opts.archived ? {} : { archivedAt: null }) },
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(ruleView);
}

export async function getRule(prisma: PrismaClient, member: Member, ruleId: string) {
  assertCan(member.role, "automation.manage");
  const r = await prisma.automationRule.findFirst({ where: { id: ruleId, workspaceId: member.workspaceId } });
  if (!r) throw notFound("Rule");
  const versions = await prisma.automationRuleVersion.findMany({ where: { ruleId }, orderBy: { version: "desc" }, take: 20, select: { version: true, name: true, createdAt: true, createdById: true } });
  return { ...ruleView(r), versions };
}
