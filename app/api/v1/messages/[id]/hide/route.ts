import { z } from "zod";
import { json, withMember } from "@/lib/api/handler";
import { hideMessage } from "@/lib/moderation/hide-message";
import { hideInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";
import { connectorErrorResponse } from "@/lib/api/connector-error";

type Ctx = { params: Promise<{ id: string }> };

export const POST = withMember<Ctx>(async (req, member, ctx) => {
  const id = z.uuid({ error: "message id must be a UUID" }).parse((await ctx.params).id);
  const input = hideInput.parse(await req.json().catch(() => undefined));
  try {
    return json({ data: await hideMessage(await getPrisma(), member, id, input) }, 201);
  } catch (err) {
    return connectorErrorResponse(err);
  }
});
