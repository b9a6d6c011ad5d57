import { json, withMember } from "@/lib/api/handler";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { assertMayManage } from "@/lib/members/member-rules";
import { inviteInput } from "@/lib/members/schemas";
import { getPrisma } from "@/lib/server/db";
import { publicBaseUrl } from "@/lib/server/public-url";

export const GET = withMember(async (_req, member) => {
  const { members, invitations } = await listMembers(await getPrisma(), member);
  return json({ data: members, invitations });
});

export const POST = withMember(async (req, member) => {
  // The role first: a member who may not invite learns nothing about the expected body.
  assertMayManage(member);
  const input = inviteInput.parse(await req.json().catch(() => undefined));
  const r = await inviteMember(await getPrisma(), member, input, { baseUrl: publicBaseUrl(req) });
  return json({ data: { id: r.id, inviteUrl: r.inviteUrl, expiresAt: r.expiresAt, emailed: r.mail === "sent" } }, 201);
});
