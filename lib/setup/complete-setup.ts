// First run: the setup link's token creates the workspace and its first admin, once. The token is consumed in
// the same transaction (a conditional update, so two racing requests cannot both succeed).
import type { PrismaClient } from "../generated/prisma/client";
import { hashToken } from "../auth/api-tokens";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { conflict, gone, notFound } from "../errors/domain-errors";
import { assertStrongPassword, type StrengthLocale } from "../members/password-strength";
import type { SetupInput } from "../members/schemas";
import { slugify, uniqueSlug } from "../workspaces/slug";

/** `locale`: the language of the password hints when the password is too weak. */
export async function completeSetup(prisma: PrismaClient, input: SetupInput, { now = new Date(), locale = "en" }: { now?: Date; locale?: StrengthLocale } = {}) {
  const row = await prisma.setupToken.findUnique({ where: { tokenHash: hashToken(input.token) } });
  if (!row) throw notFound("Setup link");
  if (row.usedAt) throw gone("setup_token_used", "This setup link was already used. Sign in instead.");
  if (row.expiresAt <= now) throw gone("setup_token_expired", "This setup link has expired: restart the app for a new one.");
  if ((await prisma.workspace.count()) > 0) throw conflict("already_set_up", "This install already has a workspace.");
  assertStrongPassword(input.password, [input.email, input.name, input.workspaceName], locale);
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const used = await tx.setupToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) throw gone("setup_token_used", "This setup link was already used. Sign in instead.");
    if ((await tx.user.count({ where: { email: input.email } })) > 0) {
      throw conflict("email_taken", "An account with this e-mail already exists.");
    }
    const ws = await tx.workspace.create({
      data: { name: input.workspaceName, slug: await uniqueSlug(tx, slugify(input.workspaceName)) },
    });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    const m = await tx.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: "ADMIN" } });
    const actor = { kind: "USER" as const, userId: user.id };
    await recordAudit(tx, { workspaceId: ws.id, action: "WORKSPACE_CREATED", actor, entityType: "workspace", entityId: ws.id, data: { name: ws.name, slug: ws.slug } });
    await recordAudit(tx, { workspaceId: ws.id, action: "SETUP_COMPLETED", actor, entityType: "workspace", entityId: ws.id, data: { setupTokenId: row.id } });
    await recordAudit(tx, { workspaceId: ws.id, action: "MEMBER_ADDED", actor, entityType: "membership", entityId: m.id, data: { email: user.email, role: "ADMIN" } });
    return { workspaceId: ws.id, workspaceSlug: ws.slug, userId: user.id, membershipId: m.id };
  });
}
