import { json, withMember } from "@/lib/api/handler";
import { answerIncidentCases } from "@/lib/incidents/answer-incident-cases";
import { incidentAnswer, incidentIdParam } from "@/lib/incidents/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";

type Ctx = { params: Promise<{ id: string }> };

// One personalised reply per open linked case; 202: stored and queued, delivered by jobs.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = incidentIdParam.parse((await ctx.params).id);
  const input = incidentAnswer.parse(await req.json().catch(() => undefined));
  return json({ data: await answerIncidentCases(await getPrisma(), member, id, input, enqueueDelivery) }, 202);
});
