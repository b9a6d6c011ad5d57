// Server-side session invalidation. Sessions are signed JWTs carrying the user's sessionVersion; bumping it
// makes every session signed before (on every device) fail in loadMember at the next request → 401 / sign-in.
// Used by sign-out, password change and deactivation (lib/members/update-member.ts: deactivatedAt alone let a
// reactivation revive the older cookies). Sessions are per user: deactivation in one workspace signs the
// person out of all of them.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";

/** Inside the caller's transaction: every existing session of the user stops working. */
export async function invalidateSessions(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  const u = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  return u.sessionVersion;
}

/** Sign-out: the session cookie the browser drops would otherwise stay valid until it expires. */
export async function signOutUser(prisma: PrismaClient, userId: string, sessionVersion?: number): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { sessionVersion: true, memberships: { take: 1, orderBy: { createdAt: "asc" }, select: { workspaceId: true } } },
    });
    // A stale session signing out must not sign out the newer ones.
    if (!user || (sessionVersion ?? 0) !== user.sessionVersion) return;
    await invalidateSessions(tx, userId);
    const ws = user.memberships[0]?.workspaceId;
    if (ws) {
      await recordAudit(tx, {
        workspaceId: ws, action: "USER_SIGNED_OUT", actor: { kind: "USER", userId }, entityType: "user", entityId: userId,
      });
    }
  });
}
