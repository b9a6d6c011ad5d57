import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { idSchema, teamPatch } from "@/lib/members/schemas";
import { updateTeam } from "@/lib/teams/update-team";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// Rename or archive ({ archived: true }); teams are never deleted.
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  assertCan(member.role, "teams.manage");
  const id = idSchema.parse((await ctx.params).id);
  const patch = teamPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await updateTeam(await getPrisma(), member, id, patch) });
});

export const DELETE = methodNotAllowed("PATCH");
