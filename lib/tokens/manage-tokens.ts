// API tokens from the Tokens page and API: create for oneself in the current workspace (the clear token is
// returned once), list with last use, revoke (a flag; the row stays). Admins see and revoke every token of
// the workspace; others only their own.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { createApiToken } from "../auth/api-tokens";
import { assertCan, can } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";

export async function createOwnToken(prisma: PrismaClient, member: Member, name: string) {
  assertCan(member.role, "api_tokens.create_own");
  const ws = await prisma.workspace.findUniqueOrThrow({ where: { id: member.workspaceId }, select: { slug: true } });
  const r = await createApiToken(prisma, { email: member.email, name, workspace: ws.slug, actor: actorOf(member) });
  return { id: r.id, token: r.token, name, prefix: r.token.slice(0, 8) };
}

export async function listTokens(prisma: PrismaClient, member: Member) {
  const all = can(member.role, "api_tokens.manage_all");
  const rows = await prisma.apiToken.findMany({
    where: { workspaceId: member.workspaceId, ...(all ? {} : { userId: member.userId }) },
    include: { user: { select: { name: true, email: true } } },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 500,
  });
  return rows.map((r) => ({
    id: r.id, name: r.name, prefix: r.prefix, createdAt: r.createdAt, lastUsedAt: r.lastUsedAt, revokedAt: r.revokedAt,
    owner: { userId: r.userId, name: r.user.name, email: r.user.email }, mine: r.userId === member.userId,
  }));
}

export async function revokeToken(prisma: PrismaClient, member: Member, tokenId: string, now = new Date()) {
  const row = await prisma.apiToken.findFirst({ where: { id: tokenId, workspaceId: member.workspaceId } });
  if (!row || (row.userId !== member.userId && !can(member.role, "api_tokens.manage_all"))) throw notFound("API token");
  return prisma.$transaction(async (tx) => {
    const r = await tx.apiToken.updateMany({ where: { id: row.id, revokedAt: null }, data: { revokedAt: now } });
    if (r.count !== 1) throw conflict("already_revoked", "This token is already revoked.");
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "API_TOKEN_REVOKED", actor: actorOf(member),
      entityType: "api_token", entityId: row.id, data: { prefix: row.prefix, name: row.name, ownerId: row.userId },
    });
    return { id: row.id, revokedAt: now };
  });
}
