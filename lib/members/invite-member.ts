// Invite someone by link: an invitation (token hash only, 7 days) and its audit event in one transaction; the
// link is returned to the inviter and, when SMTP is configured, e-mailed after commit. A newer invitation to
// the same address replaces a pending one.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { hashToken } from "../auth/api-tokens";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import { sendMail } from "../mail/send-mail";
import { assertMayManage } from "./member-rules";
import type { InviteInput } from "./schemas";

export const INVITATION_TTL_MS = 7 * 24 * 3600_000;

export async function inviteMember(
  prisma: PrismaClient,
  member: Member,
  input: InviteInput,
  opts: { baseUrl: string; now?: Date },
) {
  assertMayManage(member, input.role);
  const now = opts.now ?? new Date();
  if (input.teamId) {
    const team = await prisma.team.findFirst({ where: { id: input.teamId, workspaceId: member.workspaceId, archivedAt: null } });
    if (!team) throw notFound("Team");
  }
  const existing = await prisma.membership.findFirst({
    where: { workspaceId: member.workspaceId, user: { email: input.email } },
  });
  if (existing) {
    throw conflict("already_member", existing.deactivatedAt === null
      ? `${input.email} is already a member of this workspace.`
      : `${input.email} is a deactivated member: reactivate them instead.`);
  }
  const token = `inv_${randomBytes(24).toString("base64url")}`;
  const invitation = await prisma.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { workspaceId: member.workspaceId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const inv = await tx.invitation.create({
      data: {
        workspaceId: member.workspaceId, email: input.email, name: input.name, role: input.role,
        teamId: input.teamId ?? null, tokenHash: hashToken(token), createdById: member.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
      },
    });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "MEMBER_INVITED", actor: actorOf(member),
      entityType: "invitation", entityId: inv.id, data: { email: inv.email, role: inv.role, teamId: inv.teamId },
    });
    return inv;
  });
  const inviteUrl = `${opts.baseUrl.replace(/\/+$/, "")}/invite/${token}`;
  const ws = await prisma.workspace.findUniqueOrThrow({ where: { id: member.workspaceId }, select: { name: true } });
  const mail = await sendMail({
    to: input.email,
    subject: `${member.name} invites you to ${ws.name} on Social Inbox`,
    text: `Hello ${input.name},\n\n${member.name} invites you to join ${ws.name} on Social Inbox.\n` +
      `Choose your password here (the link works once, for 7 days):\n\n${inviteUrl}\n\n` +
      `Bonjour ${input.name},\n\n${member.name} vous invite à rejoindre ${ws.name} sur Social Inbox.\n` +
      `Choisissez votre mot de passe ici (lien valable une fois, 7 jours) :\n\n${inviteUrl}\n`,
  });
  return { id: invitation.id, inviteUrl, token, expiresAt: invitation.expiresAt, mail };
}
