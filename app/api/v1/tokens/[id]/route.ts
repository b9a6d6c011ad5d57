import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { idSchema, tokenPatch } from "@/lib/members/schemas";
import { revokeToken } from "@/lib/tokens/manage-tokens";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ id: string }> };

// Revoke ({ revoked: true }): the token stops working at once and stays listed as revoked.
export const PATCH = withMember<Ctx>(async (req, member, ctx) => {
  const id = idSchema.parse((await ctx.params).id);
  tokenPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await revokeToken(await getPrisma(), member, id) });
});

export const DELETE = methodNotAllowed("PATCH");
