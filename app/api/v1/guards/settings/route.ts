import { json, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { loadGuardSettings } from "@/lib/guards/load-guard-context";
import { updateGuardSettings } from "@/lib/guards/update-guard-settings";
import { guardSettingsInput } from "@/lib/guards/schemas";
import { getPrisma } from "@/lib/server/db";

// The workspace's guard lists (team leads, admins): GET them, PUT { flagPhrases, allowPhrases, orderNumberPattern,
// publicContacts }.
export const GET = withMember(async (_req, member) => {
  assertCan(member.role, "guards.manage");
  return json({ data: await loadGuardSettings(await getPrisma(), member.workspaceId) });
});

export const PUT = withMember(async (req, member) => {
  const input = guardSettingsInput.parse(await req.json().catch(() => undefined));
  return json({ data: await updateGuardSettings(await getPrisma(), member, input) });
});
