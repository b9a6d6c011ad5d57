import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { completeFollowUp } from "@/lib/followups/complete-follow-up";
import { followUpPatch } from "@/lib/followups/schemas";
import { cancelFollowUp } from "@/lib/followups/settle-follow-ups";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

/** PATCH /api/v1/follow-ups/{id}: { status: "DONE" } the promise was kept; { status: "CANCELLED", reason } withdrawn. */
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "follow-up id must be a UUID" }).parse((await ctx.params).id);
  const patch = followUpPatch.parse(await req.json().catch(() => undefined));
  const prisma = await getPrisma();
  return json({ data: patch.status === "DONE" ? await completeFollowUp(prisma, member, id) : await cancelFollowUp(prisma, member, id, patch.reason) });
});
