import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { getIncident } from "@/lib/incidents/list-incidents";
import { incidentIdParam, incidentPatch } from "@/lib/incidents/schemas";
import { updateIncident } from "@/lib/incidents/update-incident";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = incidentIdParam.parse((await ctx.params).id);
  return json({ data: await getIncident(await getPrisma(), member, id) });
});

// Confirm (status OPEN) and name a suggestion, resolve it, link or unlink cases.
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = incidentIdParam.parse((await ctx.params).id);
  const patch = incidentPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await updateIncident(await getPrisma(), member, id, patch) });
});

export const DELETE = methodNotAllowed("GET, PATCH");
