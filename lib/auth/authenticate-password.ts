// Password sign-in with throttling: at most MAX_FAILURES failed attempts per e-mail (and 4× that per IP) in
// WINDOW; past that even the right password is refused until the window passes. Every attempt is recorded.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "throttled" };

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

export async function authenticatePassword(
  prisma: PrismaClient,
  input: { email: string; password: string; ip?: string | null },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    prisma.loginAttempt.count({ where: { email, success: false, createdAt: { gte: since } } }),
    input.ip
      ? prisma.loginAttempt.count({ where: { ip: input.ip, success: false, createdAt: { gte: since } } })
      : Promise.resolve(0),
  ]);
  if (byEmail >= MAX_FAILURES || byIp >= MAX_FAILURES * 4) {
    await prisma.loginAttempt.create({ data: { email, ip: input.ip ?? null, success: false } });
    return { ok: false, reason: "throttled" };
  }
  const user = await prisma.user.findUnique({
    where: { email },
    include: { memberships: { where: { active: true }, take: 1, orderBy: { createdAt: "asc" } } },
  });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  // A person deactivated everywhere cannot sign in (their history stays; see lib/members/update-member.ts).
  const success = Boolean(user && ok && user.memberships.length > 0);
  await prisma.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip: input.ip ?? null, success } });
    const membership = user?.memberships[0];
    if (user && membership) {
      await recordAudit(tx, {
        workspaceId: membership.workspaceId,
        action: success ? "USER_SIGNED_IN" : "USER_SIGN_IN_FAILED",
        actor: { kind: "USER", userId: user.id },
        entityType: "user",
        entityId: user.id,
        data: { ip: input.ip ?? null },
      });
    }
  });
  return success && user ? { ok: true, userId: user.id } : { ok: false, reason: "invalid" };
}
