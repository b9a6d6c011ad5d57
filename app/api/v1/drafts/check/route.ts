import { json, withMember } from "@/lib/api/handler";
import { checkDraftForCase } from "@/lib/guards/check-draft-for-case";
import { draftCheckInput } from "@/lib/guards/schemas";
import { pickLocale } from "@/lib/i18n/messages";
import { getPrisma } from "@/lib/server/db";

// { caseId?, text, visibility, locale? } → { warnings: [{ kind, category?, severity, message, start?, end? }] }
export const POST = withMember(async (req, member) => {
  const input = draftCheckInput.parse(await req.json().catch(() => undefined));
  const locale = pickLocale(undefined, req.headers.get("accept-language"));
  return json(await checkDraftForCase(await getPrisma(), member, input, locale));
});
