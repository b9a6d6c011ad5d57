import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { getCase } from "@/lib/cases/get-case";
import { caseIdParam, casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";

type Ctx = { params: Promise<{ id: string }> };

export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  return json({ data: await getCase(await getPrisma(), member, id) });
});

export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const patch = casePatch.parse(await req.json().catch(() => undefined));
  const prisma = await getPrisma();
  await updateCase(prisma, member, id, patch, enqueueDelivery);
  return json({ data: await getCase(prisma, member, id) });
});

export const DELETE = methodNotAllowed("GET, PATCH");
