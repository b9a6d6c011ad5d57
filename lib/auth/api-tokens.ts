// API tokens: "sib_" + 32 random bytes. Only the SHA-256 is stored (the token has full entropy, so a slow
// hash adds nothing); the clear token is shown once, at creation.
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createApiToken(
  prisma: PrismaClient,
  input: { email: string; name?: string; actor?: Actor; workspace?: string },
): Promise<{ token: string; id: string; userId: string; workspaceId: string }> {
  const email = input.email.trim().toLowerCase();
  // A token acts in one workspace: the one named (by slug), else the person's oldest active membership.
  const user = await prisma.user.findUnique({
    where: { email },
    include: {
      memberships: {
        where: { deactivatedAt: null, ...(input.workspace ? { workspace: { slug: input.workspace } } : {}) },
        take: 1,
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const membership = user?.memberships[0];
  if (!user || !membership) {
    throw new Error(`No member with e-mail ${email}${input.workspace ? ` in workspace "${input.workspace}"` : ""}.`);
  }
  const token = `sib_${randomBytes(32).toString("base64url")}`;
  const created = await prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: {
        workspaceId: membership.workspaceId,
        userId: user.id,
        name: input.name ?? "CLI token",
        tokenHash: hashToken(token),
        prefix: token.slice(0, 8),
      },
    });
    await recordAudit(tx, {
      workspaceId: membership.workspaceId,
      action: "API_TOKEN_CREATED",
      actor: input.actor ?? { kind: "SYSTEM" },
      entityType: "api_token",
      entityId: row.id,
      data: { userId: user.id, prefix: row.prefix, name: row.name },
    });
    return row;
  });
  return { token, id: created.id, userId: user.id, workspaceId: membership.workspaceId };
}

/** The user a bearer token acts for, or null when unknown or revoked. */
export async function userForToken(prisma: PrismaClient, token: string): Promise<string | null> {
  return (await tokenRecord(prisma, token))?.userId ?? null;
}

/** The token's id (the rate-limit key), its user and its workspace, or null when unknown or revoked. */
export async function tokenRecord(
  prisma: PrismaClient,
  token: string,
): Promise<{ id: string; userId: string; workspaceId: string } | null> {
  const row = await prisma.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt) return null;
  // Coarse last-use tracking: at most one write per token per minute.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: row.id, userId: row.userId, workspaceId: row.workspaceId };
}
