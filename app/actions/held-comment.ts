"use server";

// Publishing or rejecting a comment the platform holds for review (YouTube), from the case page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireMember } from "@/lib/auth/session";
import { caseIdParam } from "@/lib/cases/schemas";
import { moderateHeld } from "@/lib/moderation/moderate-held";
import { moderateHeldInput } from "@/lib/moderation/schemas";
import { getPrisma } from "@/lib/server/db";
import { runAction as run, type ActionResult } from "@/lib/server/run-action";

export async function moderateHeldAction(messageId: string, caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await moderateHeld(await getPrisma(), member, z.uuid().parse(messageId), moderateHeldInput.parse(input));
    revalidatePath(`/cases/${caseIdParam.parse(caseId)}`);
    return undefined;
  });
}
