import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { caseIdParam } from "@/lib/cases/schemas";
import { suggestReplies } from "@/lib/replies/suggest-replies";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  return json({ data: await suggestReplies(await getPrisma(), member, id) });
});

export const DELETE = methodNotAllowed("GET");
