import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { decideContactMark } from "@/lib/moderation/decide-contact-mark";
import { markDecisionInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// { decision: "approve" | "refuse", comment? } (team leads): approve puts the mark on the contact; refuse needs
// a comment and leaves them a customer. 409 already_decided.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "mark request id must be a UUID" }).parse((await ctx.params).id);
  const input = markDecisionInput.parse(await req.json().catch(() => undefined));
  return json({ data: await decideContactMark(await getPrisma(), member, id, input) });
});
