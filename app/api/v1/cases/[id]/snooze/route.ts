import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { snoozeCase } from "@/lib/cases/snooze-case";
import { caseIdParam, snoozeInput } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// Snoozes a case until a time (again: moves the time); 409 with the reason when it may not sleep.
// No DELETE here: ending a snooze is POST .../unsnooze, an act on record like any other.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const input = snoozeInput.parse(await req.json().catch(() => undefined));
  return json({ data: await snoozeCase(await getPrisma(), member, id, input) });
});
export const DELETE = methodNotAllowed("POST");
