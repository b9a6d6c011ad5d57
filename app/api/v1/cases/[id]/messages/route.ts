import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { getCaseMessages } from "@/lib/cases/get-case";
import { caseIdParam } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  return json({ data: await getCaseMessages(await getPrisma(), member, id) });
});

export const DELETE = methodNotAllowed("GET");
