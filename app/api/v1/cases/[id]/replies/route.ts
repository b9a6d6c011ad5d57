import { json, withMember } from "@/lib/api/handler";
import { caseIdParam } from "@/lib/cases/schemas";
import { queueReply } from "@/lib/outbound/queue-reply";
import { replyInput } from "@/lib/outbound/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";

type Ctx = { params: Promise<{ id: string }> };

// 202: the reply is stored and queued; its deliveryStatus moves to SENT or FAILED as the platform answers.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const input = replyInput.parse(await req.json().catch(() => undefined));
  const message = await queueReply(await getPrisma(), member, id, input, enqueueDelivery);
  return json({ data: message }, 202);
});
