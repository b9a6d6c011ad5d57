import { json, withPublic } from "@/lib/api/handler";
import { requestLocale } from "@/lib/i18n/request-locale";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { acceptInvitationInput } from "@/lib/members/schemas";
import { clientIp } from "@/lib/security/client-ip";
import { getPrisma } from "@/lib/server/db";

type Ctx = { params: Promise<{ token: string }> };

// No session: the invitation token is the credential. 404 unknown, 410 used/expired/withdrawn. The body is read
// under the same limits as every API route, with a rate limit per source (withPublic). An existing account's
// password is checked as a sign-in from the request's source: 403 wrong, 429 once locked out. A weak password's
// hints follow the request's language (locale cookie, else Accept-Language).
export const POST = withPublic<Ctx>(async (req, ctx) => {
  const { token } = await ctx.params;
  const input = acceptInvitationInput.parse(await req.json().catch(() => undefined));
  const r = await acceptInvitation(await getPrisma(), token.slice(0, 200), input, { locale: requestLocale(req), ip: clientIp(req.headers) });
  return json({ data: { userId: r.userId, workspaceId: r.workspaceId, membershipId: r.membershipId } }, 201);
});
