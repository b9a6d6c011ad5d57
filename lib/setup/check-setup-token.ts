// Whether a setup link can still be used, for the /setup page (the use case checks again on submit).
import type { PrismaClient } from "../generated/prisma/client";
import { hashToken } from "../auth/api-tokens";

export async function setupTokenUsable(prisma: PrismaClient, token: string, now = new Date()): Promise<boolean> {
  const row = await prisma.setupToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.usedAt || row.expiresAt <= now) return false;
  return (await prisma.workspace.count()) === 0;
}
