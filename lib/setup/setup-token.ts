// First run without the demo: while no workspace exists, each start issues a one-time setup link (valid 24 h;
// an older unused link stops working). Only the token's SHA-256 is stored.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import { hashToken } from "../auth/api-tokens";

export const SETUP_TOKEN_TTL_MS = 24 * 3600_000;

/** A new setup token, or null when the install already has a workspace (nothing to set up). */
export async function issueSetupToken(prisma: PrismaClient, now = new Date()): Promise<string | null> {
  if ((await prisma.workspace.count()) > 0) return null;
  const token = `setup_${randomBytes(24).toString("base64url")}`;
  await prisma.$transaction(async (tx) => {
    await tx.setupToken.updateMany({ where: { usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    await tx.setupToken.create({
      data: { tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + SETUP_TOKEN_TTL_MS) },
    });
  });
  return token;
}
