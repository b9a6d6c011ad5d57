"use server";

// Server actions for the customer-service desk: escalate, act on an escalation, mark a promise kept, read
// notifications. Authenticate, parse, one use case, map errors (runAction).
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { caseIdParam } from "@/lib/cases/schemas";
import { escalateCase } from "@/lib/escalations/escalate-case";
import { setEscalationRoutes } from "@/lib/escalations/escalation-routes";
import { escalateInput, escalationIdParam, escalationPatch, escalationRoutesInput } from "@/lib/escalations/schemas";
import { updateEscalation } from "@/lib/escalations/update-escalation";
import { completeFollowUp } from "@/lib/followups/complete-follow-up";
import { getLocale } from "@/lib/i18n/server";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { markReadInput } from "@/lib/notifications/schemas";
import { getPrisma } from "@/lib/server/db";
import { deskSettingsInput } from "@/lib/resolution/settings-schema";
import { updateDeskSettings } from "@/lib/resolution/update-desk-settings";
import { runAction as run, type ActionResult } from "@/lib/server/run-action";

export async function escalateAction(caseId: string, input: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    await escalateCase(await getPrisma(), member, caseIdParam.parse(caseId), escalateInput.parse(input));
    revalidatePath(`/cases/${caseId}`);
    return undefined;
  });
}

export async function escalationAction(escalationId: string, patch: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    const e = await updateEscalation(await getPrisma(), member, escalationIdParam.parse(escalationId), escalationPatch.parse(patch));
    revalidatePath(`/cases/${e.caseId}`);
    revalidatePath("/desk");
    return undefined;
  });
}

export async function completeFollowUpAction(followUpId: string): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    const f = await completeFollowUp(await getPrisma(), member, escalationIdParam.parse(followUpId));
    revalidatePath(`/cases/${f.caseId}`);
    return undefined;
  });
}

export async function notificationsAction() {
  const member = await requireMember();
  return listNotifications(await getPrisma(), member, { locale: await getLocale(), limit: 30 });
}

export async function markNotificationsReadAction(ids: unknown): Promise<ActionResult> {
  const member = await requireMember();
  return run(async () => {
    const parsed = ids === "all" ? "all" : markReadInput.parse({ ids }).ids;
    await markNotificationsRead(await getPrisma(), member, parsed);
    return undefined;
  });
}

export async function updateDeskSettingsAction(input: unknown): Promise<ActionResult> {
  const member = await requireMember("desk.settings");
  return run(async () => {
    await updateDeskSettings(await getPrisma(), member, deskSettingsInput.parse(input));
    revalidatePath("/settings/desk");
    return undefined;
  });
}

export async function updateEscalationRoutesAction(input: unknown): Promise<ActionResult> {
  const member = await requireMember("desk.settings");
  return run(async () => {
    await setEscalationRoutes(await getPrisma(), member, escalationRoutesInput.parse(input));
    revalidatePath("/settings/desk");
    return undefined;
  });
}
