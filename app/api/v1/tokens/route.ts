import { json, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { tokenInput } from "@/lib/members/schemas";
import { createOwnToken, listTokens } from "@/lib/tokens/manage-tokens";
import { getPrisma } from "@/lib/server/db";

// Never returns a token after its creation: the list has prefixes and last use only.
export const GET = withMember(async (_req, member) => json({ data: await listTokens(await getPrisma(), member) }));

export const POST = withMember(async (req, member) => {
  assertCan(member.role, "api_tokens.create_own");
  const { name } = tokenInput.parse(await req.json().catch(() => undefined));
  return json({ data: await createOwnToken(await getPrisma(), member, name) }, 201);
});
