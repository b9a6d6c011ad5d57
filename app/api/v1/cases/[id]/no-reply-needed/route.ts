import { json, withMember } from "@/lib/api/handler";
import { closeWithoutReply } from "@/lib/cases/close-without-reply";
import { caseIdParam, noReplyInput } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// Closes a case that needs no answer, with its reason; 409 when it reads as a complaint.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const input = noReplyInput.parse(await req.json().catch(() => undefined));
  return json({ data: await closeWithoutReply(await getPrisma(), member, id, input) });
});
