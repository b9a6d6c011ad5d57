import { json, withPublic } from "@/lib/api/handler";
import { setupInput } from "@/lib/members/schemas";
import { requestLocale } from "@/lib/i18n/request-locale";
import { completeSetup } from "@/lib/setup/complete-setup";
import { getPrisma } from "@/lib/server/db";

// First run, for automated provisioning: the one-time token printed by `npm start` creates the workspace and
// its first admin. No session: the token is the credential, and it works once. The body is read under the
// same limits as every API route (withPublic). A weak password's hints follow the request's language (locale
// cookie, else Accept-Language).
export const POST = withPublic(async (req) => {
  const input = setupInput.parse(await req.json().catch(() => undefined));
  const r = await completeSetup(await getPrisma(), input, { locale: requestLocale(req) });
  return json({ data: { workspaceId: r.workspaceId, workspaceSlug: r.workspaceSlug, userId: r.userId } }, 201);
});
