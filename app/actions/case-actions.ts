"use server";

// Server actions for the inbox and case pages: authenticate, parse, one use case, map errors to a result the
// form can show. Live updates reach other browsers through the audit trigger, not from here.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { addNote } from "@/lib/cases/add-note";
import { bulkUpdateCases } from "@/lib/cases/bulk-update-cases";
import { closeWithoutReply } from "@/lib/cases/close-without-reply";
import { bulkPatch, casePatch, caseIdParam, noReplyInput, noteInput, snoozeInput } from "@/lib/cases/schemas";
import { snoozeCase, unsnoozeCase } from "@/lib/cases/snooze-case";
import { updateCase } from "@/lib/cases/update-case";
import { followUpDecisions } from "@/lib/followups/schemas";
import { settleFollowUps } from "@/lib/followups/settle-follow-ups";
import { queueReply } from "@/lib/outbound/queue-reply";
import { replyInput } from "@/lib/outbound/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";

import { runAction as run, type ActionResult } from "@/lib/server/run-action";

export async function updateCaseAction(caseId: string, patch: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await updateCase(await getPrisma(), member, caseIdParam.parse(caseId), casePatch.parse(patch), enqueueDelivery);
    revalidatePath(`/cases/${caseId}`);
    return undefined;
  });
}

export async function bulkUpdateAction(caseIds: unknown, patch: unknown) {
  const member = await requireMember();
  return run(async () => {
    const input = bulkPatch.parse({ caseIds, patch });
    const results = await bulkUpdateCases(await getPrisma(), member, input.caseIds, input.patch, enqueueDelivery);
    revalidatePath("/inbox");
    return results;
  });
}

export async function addNoteAction(caseId: string, text: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await addNote(await getPrisma(), member, caseIdParam.parse(caseId), noteInput.parse({ text }).text);
    revalidatePath(`/cases/${caseId}`);
    return undefined;
  });
}

export async function replyAction(caseId: string, input: unknown): Promise<ActionResult<{ messageId: string }>> {
  const member = await requireMember();
  return run(async () => {
    const m = await queueReply(await getPrisma(), member, caseIdParam.parse(caseId), replyInput.parse(input), enqueueDelivery);
    revalidatePath(`/cases/${caseId}`);
    return { messageId: m.id };
  });
}

export async function closeWithoutReplyAction(caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await closeWithoutReply(await getPrisma(), member, caseIdParam.parse(caseId), noReplyInput.parse(input));
    revalidatePath(`/cases/${caseId}`);
    revalidatePath("/inbox");
    return undefined;
  });
}

/** Resolve, then settle the case's open promises as the person chose (done, keep, cancel with a reason). Resolving
 *  first: if it is refused (customer service has not handed back), no promise has changed. */
export async function resolveCaseAction(caseId: string, decisions: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    const id = caseIdParam.parse(caseId);
    const parsed = followUpDecisions.parse(decisions);
    const prisma = await getPrisma();
    await updateCase(prisma, member, id, casePatch.parse({ status: "RESOLVED" }), enqueueDelivery);
    await settleFollowUps(prisma, member, id, parsed);
    revalidatePath(`/cases/${id}`);
    return undefined;
  });
}

export async function snoozeCaseAction(caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await snoozeCase(await getPrisma(), member, caseIdParam.parse(caseId), snoozeInput.parse(input));
    revalidatePath(`/cases/${caseId}`);
    revalidatePath("/inbox");
    return undefined;
  });
}

export async function unsnoozeCaseAction(caseId: string): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await unsnoozeCase(await getPrisma(), member, caseIdParam.parse(caseId));
    revalidatePath(`/cases/${caseId}`);
    revalidatePath("/inbox");
    return undefined;
  });
}
