import { json, withMember } from "@/lib/api/handler";
import { unsnoozeCase } from "@/lib/cases/snooze-case";
import { caseIdParam } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// Wakes a snoozed case now; 409 not_snoozed when it is not.
export const POST = withMember<Ctx>(async (_req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  return json({ data: await unsnoozeCase(await getPrisma(), member, id) });
});
