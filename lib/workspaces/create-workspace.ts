// An admin creates another workspace (brand); they become its first admin. Channels, cases, canned replies
// and tokens then belong to it alone.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import type { WorkspaceInput } from "../members/schemas";
import { slugify, uniqueSlug } from "./slug";

export async function createWorkspace(prisma: PrismaClient, member: Member, input: WorkspaceInput) {
  assertCan(member.role, "workspaces.create");
  if (input.slug && (await prisma.workspace.findUnique({ where: { slug: input.slug } }))) {
    throw conflict("slug_taken", `The slug "${input.slug}" is taken.`);
  }
  return prisma.$transaction(async (tx) => {
    const slug = input.slug ?? (await uniqueSlug(tx, slugify(input.name)));
    const ws = await tx.workspace.create({ data: { name: input.name, slug } });
    const m = await tx.membership.create({ data: { workspaceId: ws.id, userId: member.userId, role: "ADMIN" } });
    const actor = actorOf(member);
    await recordAudit(tx, { workspaceId: ws.id, action: "WORKSPACE_CREATED", actor, entityType: "workspace", entityId: ws.id, data: { name: ws.name, slug, fromWorkspaceId: member.workspaceId } });
    await recordAudit(tx, { workspaceId: ws.id, action: "MEMBER_ADDED", actor, entityType: "membership", entityId: m.id, data: { email: member.email, role: "ADMIN" } });
    return { id: ws.id, slug: ws.slug, name: ws.name };
  });
}
