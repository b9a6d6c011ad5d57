"use server";

// Server actions of the pages reached without a session: first-run setup and accepting an invitation. The
// setup or invitation token is the credential; the use cases check it.
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { acceptInvitationInput, setupInput } from "@/lib/members/schemas";
import { completeSetup } from "@/lib/setup/complete-setup";
import { getLocale } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { runAction, type ActionResult } from "@/lib/server/run-action";

export async function completeSetupAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const parsed = setupInput.parse(input);
    await completeSetup(await getPrisma(), parsed, { locale: await getLocale() });
    return { email: parsed.email };
  });
}

export async function acceptInvitationAction(token: string, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await acceptInvitation(await getPrisma(), String(token).slice(0, 200), acceptInvitationInput.parse(input), { locale: await getLocale() });
    return undefined;
  });
}
