"use server";

// Server actions of the pages reached without a session: first-run setup and accepting an invitation. The
// setup or invitation token is the credential; the use cases check it. Like their API routes, they are
// rate-limited per source, and an existing account's password is checked as a sign-in from that source.
import { headers } from "next/headers";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { acceptInvitationInput, setupInput } from "@/lib/members/schemas";
import { completeSetup } from "@/lib/setup/complete-setup";
import { getLocale } from "@/lib/i18n/server";
import { clientIp } from "@/lib/security/client-ip";
import { assertPublicRateLimit } from "@/lib/security/public-rate-limit";
import { getPrisma } from "@/lib/server/db";
import { runAction, type ActionResult } from "@/lib/server/run-action";

export async function completeSetupAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    await assertPublicRateLimit(await getPrisma(), await headers());
    const parsed = setupInput.parse(input);
    await completeSetup(await getPrisma(), parsed, { locale: await getLocale() });
    return { email: parsed.email };
  });
}

export async function acceptInvitationAction(token: string, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const h = await headers();
    await assertPublicRateLimit(await getPrisma(), h);
    await acceptInvitation(await getPrisma(), String(token).slice(0, 200), acceptInvitationInput.parse(input),
      { locale: await getLocale(), ip: clientIp(h) });
    return undefined;
  });
}
