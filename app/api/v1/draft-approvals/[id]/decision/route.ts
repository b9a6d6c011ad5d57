import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { decideDraftApproval } from "@/lib/guards/decide-draft-approval";
import { approvalDecisionInput } from "@/lib/guards/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";

type Ctx = { params: Promise<{ id: string }> };

// { decision: "approve" | "return", comment? } (team leads): approve queues the reply; return needs a comment.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "draft id must be a UUID" }).parse((await ctx.params).id);
  const input = approvalDecisionInput.parse(await req.json().catch(() => undefined));
  return json({ data: await decideDraftApproval(await getPrisma(), member, id, input, enqueueDelivery) });
});
