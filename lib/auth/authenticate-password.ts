// Password sign-in with lock-out per e-mail AND source (issue #11 item 2): after MAX_FAILURES consecutive
// failures for one e-mail from one source, that pair is locked with exponential backoff (1 min, 2, 4… up to
// an hour), so a guesser elsewhere cannot lock the owner out. Refused attempts are recorded as `throttled` and
// never extend the lock. One source failing across many e-mails (password spraying) is locked on its own.
// The source comes from lib/security/client-ip.ts (X-Forwarded-For only from TRUSTED_PROXIES). Every check of
// an account's password goes through here — sign-in and joining a workspace by invitation (#20 item 1) — so
// no other door lets a guesser try passwords without being counted.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";
import { hashPassword, verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const BASE_LOCK_MS = 60_000;
export const MAX_LOCK_MS = 60 * 60_000;
/** Failures older than this are forgotten. */
export const MEMORY_MS = 24 * 60 * 60_000;
/** Password spraying: failures from one source, any e-mail, within SPRAY_WINDOW_MS. */
export const MAX_SOURCE_FAILURES = 50;
export const SPRAY_WINDOW_MS = 15 * 60_000;

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterMs?: number };

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;

/** How long the pair stays locked after its last failure, given its consecutive failures. */
export function lockMs(consecutiveFailures: number): number {
  if (consecutiveFailures < MAX_FAILURES) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (consecutiveFailures - MAX_FAILURES), MAX_LOCK_MS);
}

async function lockedFor(prisma: PrismaClient, email: string, ip: string | null, now: Date): Promise<number> {
  const lastSuccess = await prisma.loginAttempt.findFirst({
    where: { email, ip, success: true }, orderBy: { createdAt: "desc" }, select: { createdAt: true },
  });
  const floor = new Date(Math.max(lastSuccess?.createdAt.getTime() ?? 0, now.getTime() - MEMORY_MS));
  const failures = await prisma.loginAttempt.findMany({
    where: { email, ip, success: false, throttled: false, createdAt: { gt: floor } },
    orderBy: { createdAt: "desc" }, select: { createdAt: true }, take: 64,
  });
  const last = failures[0];
  const pairWait = last ? last.createdAt.getTime() + lockMs(failures.length) - now.getTime() : 0;
  if (pairWait > 0 || !ip) return Math.max(0, pairWait);
  const sprayed = await prisma.loginAttempt.count({
    where: { ip, success: false, throttled: false, createdAt: { gte: new Date(now.getTime() - SPRAY_WINDOW_MS) } },
  });
  return sprayed >= MAX_SOURCE_FAILURES ? SPRAY_WINDOW_MS : 0;
}

export async function authenticatePassword(
  prisma: PrismaClient,
  input: {
    email: string; password: string; ip?: string | null; now?: Date;
    /** Joining a workspace by invitation: the account may have no active membership yet (left every other one). */
    withoutMembership?: boolean;
  },
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const ip = input.ip ?? null;
  const now = input.now ?? new Date();
  const wait = await lockedFor(prisma, email, ip, now);
  if (wait > 0) {
    await prisma.loginAttempt.create({ data: { email, ip, success: false, throttled: true, createdAt: now } });
    return { ok: false, reason: "throttled", retryAfterMs: wait };
  }
  const user = await prisma.user.findUnique({
    where: { email },
    include: { memberships: { where: { deactivatedAt: null }, take: 1, orderBy: { createdAt: "asc" } } },
  });
  decoyHash ??= hashPassword("decoy-password-for-timing");
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash));
  const membership = user?.memberships[0];
  // A deactivated member's right password is still a refusal, except to join a new workspace.
  const success = Boolean(user && ok && (membership || input.withoutMembership));
  await prisma.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { email, ip, success, createdAt: now } });
    if (user && membership) {
      await recordAudit(tx, {
        workspaceId: membership.workspaceId,
        action: success ? "USER_SIGNED_IN" : "USER_SIGN_IN_FAILED",
        actor: { kind: "USER", userId: user.id },
        entityType: "user",
        entityId: user.id,
        data: { ip },
      });
    }
  });
  return success && user ? { ok: true, userId: user.id, sessionVersion: user.sessionVersion } : { ok: false, reason: "invalid" };
}
