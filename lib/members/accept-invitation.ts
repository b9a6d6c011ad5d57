// Accept an invitation: a new account (strong password required), or — for someone already on Social Inbox in
// another workspace — a new membership proven by their current password. That proof is a sign-in
// (authenticatePassword: recorded in login_attempts, locked out per e-mail and source), not a bare hash check:
// the invitation's holder is whoever invited the address, and was guessing the account's password unthrottled
// (#20 item 1). The invitation is consumed by a conditional update in the same transaction, so it works once
// even under concurrent requests.
import type { PrismaClient } from "../generated/prisma/client";
import { hashToken } from "../auth/api-tokens";
import { authenticatePassword } from "../auth/authenticate-password";
import { hashPassword } from "../auth/password";
import { recordAudit } from "../audit/record-audit";
import { conflict, forbidden, gone, notFound, rateLimited } from "../errors/domain-errors";
import { assertStrongPassword, type StrengthLocale } from "./password-strength";
import type { AcceptInvitationInput } from "./schemas";

export type InvitationState = "pending" | "accepted" | "revoked" | "expired";

export function invitationState(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationState {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  return inv.expiresAt <= now ? "expired" : "pending";
}

/**
 * What the /invite page shows: whose workspace, for which address. Not whether the address has an account: the
 * link's holder may be the inviter, not the invitee, and learns that only by proving the password.
 */
export async function findInvitation(prisma: PrismaClient, token: string, now = new Date()) {
  const inv = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { workspace: { select: { name: true } } },
  });
  if (!inv) return null;
  return { id: inv.id, email: inv.email, name: inv.name, role: inv.role, workspaceName: inv.workspace.name, state: invitationState(inv, now) };
}

const GONE: Record<Exclude<InvitationState, "pending">, [string, string]> = {
  accepted: ["invitation_used", "This invitation was already used. Sign in instead."],
  revoked: ["invitation_revoked", "This invitation was withdrawn. Ask for a new one."],
  expired: ["invitation_expired", "This invitation has expired. Ask for a new one."],
};

/** The account's password, checked as a sign-in from `ip`: a locked-out pair is a 429, like the sign-in form's. */
async function proveAccount(prisma: PrismaClient, email: string, password: string, ip: string | null, now: Date) {
  const proof = await authenticatePassword(prisma, { email, password, ip, now, withoutMembership: true });
  if (proof.ok) return;
  if (proof.reason === "throttled") {
    throw rateLimited("too_many_attempts", "Too many wrong passwords for this account: wait, then try again.",
      Math.max(1, Math.ceil((proof.retryAfterMs ?? 60_000) / 1000)));
  }
  throw forbidden("wrong_password", "This address already has an account: enter its current password to join.");
}

/** `locale`: the language of the password hints when the password is too weak; `ip`: the request's source. */
export async function acceptInvitation(prisma: PrismaClient, token: string, input: AcceptInvitationInput,
  { now = new Date(), locale = "en", ip = null }: { now?: Date; locale?: StrengthLocale; ip?: string | null } = {}) {
  const inv = await prisma.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!inv) throw notFound("Invitation");
  const state = invitationState(inv, now);
  if (state !== "pending") throw gone(...GONE[state]);
  const existing = await prisma.user.findUnique({ where: { email: inv.email } });
  if (existing) await proveAccount(prisma, inv.email, input.password, ip, now);
  else assertStrongPassword(input.password, [inv.email, input.name], locale);
  const passwordHash = existing ? null : await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    const taken = await tx.invitation.updateMany({
      where: { id: inv.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (taken.count !== 1) throw gone(...GONE.accepted);
    const user = existing ?? (await tx.user.create({ data: { email: inv.email, name: input.name, passwordHash: passwordHash! } }));
    if (await tx.membership.findUnique({ where: { workspaceId_userId: { workspaceId: inv.workspaceId, userId: user.id } } })) {
      throw conflict("already_member", "You are already a member of this workspace.");
    }
    const m = await tx.membership.create({
      data: { workspaceId: inv.workspaceId, userId: user.id, role: inv.role, teamId: inv.teamId },
    });
    await tx.invitation.update({ where: { id: inv.id }, data: { acceptedUserId: user.id } });
    const actor = { kind: "USER" as const, userId: user.id };
    await recordAudit(tx, { workspaceId: inv.workspaceId, action: "INVITATION_ACCEPTED", actor, entityType: "invitation", entityId: inv.id, data: { email: inv.email } });
    await recordAudit(tx, { workspaceId: inv.workspaceId, action: "MEMBER_ADDED", actor, entityType: "membership", entityId: m.id, data: { email: inv.email, role: inv.role, invitationId: inv.id } });
    return { userId: user.id, workspaceId: inv.workspaceId, membershipId: m.id };
  });
}
