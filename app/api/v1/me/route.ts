import { json, withMember } from "@/lib/api/handler";
import { PERMISSIONS, can, type Permission } from "@/lib/auth/permissions";

// Who the caller is and what their role allows: lets API clients adapt instead of probing for 403s.
export const GET = withMember(async (_req, member) => {
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(member.role, p));
  return json({ data: { userId: member.userId, name: member.name, email: member.email, role: member.role, permissions } });
});
