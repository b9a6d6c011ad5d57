import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { escalationIdParam, escalationPatch } from "@/lib/escalations/schemas";
import { updateEscalation } from "@/lib/escalations/update-escalation";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = escalationIdParam.parse((await ctx.params).id);
  const patch = escalationPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await updateEscalation(await getPrisma(), member, id, patch) });
});

export const DELETE = methodNotAllowed("PATCH");
