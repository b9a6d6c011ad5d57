"use server";

// Linking a member's personal social account (issue #25): by the member on their profile, or by a lead on the
// members page (also to confirm a suggestion). The use case checks who may link whose account.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { idSchema } from "@/lib/members/schemas";
import { getPrisma } from "@/lib/server/db";
import { runAction, type ActionResult } from "@/lib/server/run-action";
import { linkStaffIdentity } from "@/lib/staff/link-staff-identity";
import { linkIdentityInput } from "@/lib/staff/schemas";

export async function linkStaffIdentityAction(membershipId: string, input: unknown): Promise<ActionResult<{ messagesMarked: number }>> {
  const member = await requireMember();
  return runAction(async () => {
    const r = await linkStaffIdentity(await getPrisma(), member, idSchema.parse(membershipId), linkIdentityInput.parse(input));
    revalidatePath("/settings/members");
    revalidatePath("/settings/profile");
    return { messagesMarked: r.messagesMarked };
  });
}
