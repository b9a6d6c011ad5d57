import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { hideMessage } from "@/lib/moderation/hide-message";
import { hideInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// A platform refusal is an `upstream` domain error: 502 platform_error with its reason, like any error, by withMember.
export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "message id must be a UUID" }).parse((await ctx.params).id);
  const input = hideInput.parse(await req.json().catch(() => undefined));
  return json({ data: await hideMessage(await getPrisma(), member, id, input) }, 201);
});
