import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { completeFollowUp } from "@/lib/followups/complete-follow-up";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };
const body = z.object({ status: z.literal("DONE", { error: "status must be DONE" }) }).strict();

/** PATCH /api/v1/follow-ups/{id} { status: "DONE" }: the promise was kept. */
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "follow-up id must be a UUID" }).parse((await ctx.params).id);
  body.parse(await req.json().catch(() => undefined));
  return json({ data: await completeFollowUp(await getPrisma(), member, id) });
});
