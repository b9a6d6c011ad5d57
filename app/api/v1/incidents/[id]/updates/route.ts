import { json, withMember } from "@/lib/api/handler";
import { incidentIdParam, incidentStatusUpdate } from "@/lib/incidents/schemas";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = incidentIdParam.parse((await ctx.params).id);
  const { text } = incidentStatusUpdate.parse(await req.json().catch(() => undefined));
  return json({ data: await postIncidentUpdate(await getPrisma(), member, id, text) }, 201);
});
