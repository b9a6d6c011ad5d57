import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { idSchema } from "@/lib/members/schemas";
import { linkStaffIdentity } from "@/lib/staff/link-staff-identity";
import { listStaffIdentities } from "@/lib/staff/list-staff-identities";
import { linkIdentityInput } from "@/lib/staff/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// A member's personal social accounts (issue #25): what they write from them is marked staff, not customer.
// The member reads and links their own; leads and admins anyone's. Links are never deleted.
export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = idSchema.parse((await ctx.params).id);
  return json({ data: await listStaffIdentities(await getPrisma(), member, id) });
});

export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = idSchema.parse((await ctx.params).id);
  const input = linkIdentityInput.parse(await req.json().catch(() => undefined));
  return json({ data: await linkStaffIdentity(await getPrisma(), member, id, input) }, 201);
});

export const DELETE = methodNotAllowed("GET, POST");
