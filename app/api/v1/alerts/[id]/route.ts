import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { acknowledgeAlert } from "@/lib/radar/acknowledge-alert";
import { alertIdParam, alertPatch } from "@/lib/radar/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// { "acknowledged": true }: someone is on it.
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = alertIdParam.parse((await ctx.params).id);
  alertPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await acknowledgeAlert(await getPrisma(), member, id) });
});

export const DELETE = methodNotAllowed("PATCH");
