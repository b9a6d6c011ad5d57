import { json, withMember } from "@/lib/api/handler";
import { caseIdParam } from "@/lib/cases/schemas";
import { escalateCase } from "@/lib/escalations/escalate-case";
import { escalateInput } from "@/lib/escalations/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const input = escalateInput.parse(await req.json().catch(() => undefined));
  return json({ data: await escalateCase(await getPrisma(), member, id, input) }, 201);
});
