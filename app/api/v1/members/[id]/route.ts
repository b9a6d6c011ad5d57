import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { assertMayManage } from "@/lib/members/member-rules";
import { idSchema, memberPatch } from "@/lib/members/schemas";
import { updateMember } from "@/lib/members/update-member";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// Change role or team, deactivate ({ active: false }) or reactivate. Members are never deleted.
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  assertMayManage(member);
  const id = idSchema.parse((await ctx.params).id);
  const patch = memberPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await updateMember(await getPrisma(), member, id, patch) });
});

export const DELETE = methodNotAllowed("PATCH");
