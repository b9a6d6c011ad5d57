import { json, withMember } from "@/lib/api/handler";
import { caseIdParam } from "@/lib/cases/schemas";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { listDraftApprovals } from "@/lib/guards/list-draft-approvals";
import { replyInput } from "@/lib/outbound/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// A draft held by a `high` guard finding, submitted for a team lead's approval instead of an override.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  const input = replyInput.pick({ text: true, visibility: true }).strict().parse(await req.json().catch(() => undefined));
  return json({ data: await submitDraftForApproval(await getPrisma(), member, id, input) }, 201);
});

export const GET = withMember<Ctx>(async (_req, member, ctx) => {
  const id = caseIdParam.parse((await ctx.params).id);
  return json({ data: await listDraftApprovals(await getPrisma(), member, { caseId: id }) });
});
