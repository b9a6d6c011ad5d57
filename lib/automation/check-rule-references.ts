// Saving a rule that points at something gone (an archived team, a deactivated agent, an archived canned reply,
// an unknown incident or channel) is a 400 naming the field, and nothing is saved (issue #22). The run-time
// twin, which pauses a rule whose target went away after it was saved, is brokenReference (./plan-actions.ts).
import { ZodError } from "zod";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { RuleDefinition } from "./rule-schema";

type Db = PrismaClient | Prisma.TransactionClient;

export async function checkRuleReferences(db: Db, workspaceId: string, def: RuleDefinition): Promise<void> {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const team = async (id: string) => !!(await db.team.findFirst({ where: { id, workspaceId, archivedAt: null }, select: { id: true } }));
  const member = async (id: string) => !!(await db.membership.findFirst({ where: { userId: id, workspaceId, deactivatedAt: null }, select: { id: true } }));
  for (const [i, a] of def.actions.entries()) {
    const at = ["definition", "actions", i];
    if (a.type === "assign_person" && !(await member(a.userId))) issues.push({ path: [...at, "userId"], message: "This person is not an active member of the workspace" });
    if (a.type === "assign_team" && !(await team(a.teamId))) issues.push({ path: [...at, "teamId"], message: "This team does not exist or was removed" });
    if (a.type === "notify" && a.to.kind === "team" && !(await team(a.to.teamId))) issues.push({ path: [...at, "to", "teamId"], message: "This team does not exist or was removed" });
    if (a.type === "notify" && a.to.kind === "person" && !(await member(a.to.userId))) issues.push({ path: [...at, "to", "userId"], message: "This person is not an active member of the workspace" });
    if (a.type === "acknowledge" && !(await db.cannedReply.findFirst({ where: { id: a.cannedReplyId, workspaceId, archivedAt: null }, select: { id: true } }))) {
      issues.push({ path: [...at, "cannedReplyId"], message: "This canned reply does not exist or was archived" });
    }
    if (a.type === "link_incident" && !(await db.incident.findFirst({ where: { id: a.incidentId, workspaceId }, select: { id: true } }))) {
      issues.push({ path: [...at, "incidentId"], message: "This incident does not exist" });
    }
  }
  for (const [i, c] of def.conditions.entries()) {
    if (c.field === "channel") {
      const n = await db.channel.count({ where: { id: { in: c.in }, workspaceId } });
      if (n !== new Set(c.in).size) issues.push({ path: ["definition", "conditions", i, "in"], message: "A channel in this list is not one of the workspace's" });
    }
    if (c.field === "team") {
      const n = await db.team.count({ where: { id: { in: c.in }, workspaceId } });
      if (n !== new Set(c.in).size) issues.push({ path: ["definition", "conditions", i, "in"], message: "A team in this list is not one of the workspace's" });
    }
  }
  if (issues.length > 0) throw new ZodError(issues.map((x) => ({ code: "custom" as const, path: x.path, message: x.message, input: undefined })));
}
