"use server";

// Server actions of the tact and safety guards: submit a held draft, decide on it, hide, mark, ban.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { caseIdParam } from "@/lib/cases/schemas";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { decideDraftApproval } from "@/lib/guards/decide-draft-approval";
import { approvalDecisionInput } from "@/lib/guards/schemas";
import { replyInput } from "@/lib/outbound/schemas";
import { hideMessage } from "@/lib/moderation/hide-message";
import { markContact } from "@/lib/moderation/mark-contact";
import { banContact } from "@/lib/moderation/ban-contact";
import { decideContactMark } from "@/lib/moderation/decide-contact-mark";
import { banInput, contactMarkInput, hideInput, markDecisionInput } from "@/lib/moderation/schemas";
import { guardSettingsInput } from "@/lib/guards/schemas";
import { updateGuardSettings } from "@/lib/guards/update-guard-settings";
import { getPrisma } from "@/lib/server/db";
import { enqueueBan, enqueueDelivery } from "@/lib/server/jobs";
import { runAction as run, type ActionResult } from "@/lib/server/run-action";
import { z } from "zod";

const uuid = z.uuid();

export async function submitDraftAction(caseId: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  const member = await requireMember();
  return run(async () => {
    const d = replyInput.pick({ text: true, visibility: true }).strict().parse(input);
    const a = await submitDraftForApproval(await getPrisma(), member, caseIdParam.parse(caseId), d);
    revalidatePath(`/cases/${caseId}`);
    return { id: a.id };
  });
}

export async function decideDraftAction(approvalId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    const a = await decideDraftApproval(await getPrisma(), member, uuid.parse(approvalId), approvalDecisionInput.parse(input), enqueueDelivery);
    revalidatePath(`/cases/${a.caseId}`);
    return undefined;
  });
}

export async function hideMessageAction(messageId: string, caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await hideMessage(await getPrisma(), member, uuid.parse(messageId), hideInput.parse(input));
    revalidatePath(`/cases/${caseIdParam.parse(caseId)}`);
    return undefined;
  });
}

export async function markContactAction(contactId: string, caseId: string, input: unknown): Promise<ActionResult<{ outcome: string }>> {
  const member = await requireMember();
  return run(async () => {
    const res = await markContact(await getPrisma(), member, uuid.parse(contactId), contactMarkInput.parse(input));
    revalidatePath(`/cases/${caseIdParam.parse(caseId)}`);
    return { outcome: res.outcome };
  });
}

export async function decideContactMarkAction(requestId: string, caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await decideContactMark(await getPrisma(), member, uuid.parse(requestId), markDecisionInput.parse(input));
    revalidatePath(`/cases/${caseIdParam.parse(caseId)}`);
    return undefined;
  });
}

export async function banContactAction(contactId: string, caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await banContact(await getPrisma(), member, uuid.parse(contactId), banInput.parse(input), enqueueBan);
    revalidatePath(`/cases/${caseIdParam.parse(caseId)}`);
    return undefined;
  });
}

export async function saveGuardSettingsAction(input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await updateGuardSettings(await getPrisma(), member, guardSettingsInput.parse(input));
    revalidatePath("/settings/guards");
    return undefined;
  });
}
