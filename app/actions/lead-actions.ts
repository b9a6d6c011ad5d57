"use server";

// Server actions of the team lead pages (dashboard, incident page): authenticate, parse the form, one use case,
// refresh the pages that show the result, and map errors to a result the form shows.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { answerIncidentCases } from "@/lib/incidents/answer-incident-cases";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { incidentAnswer, incidentIdParam, incidentPatch, incidentStatusUpdate } from "@/lib/incidents/schemas";
import { updateIncident } from "@/lib/incidents/update-incident";
import { acknowledgeAlert } from "@/lib/radar/acknowledge-alert";
import { alertIdParam } from "@/lib/radar/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";
import { runAction, type ActionResult } from "@/lib/server/run-action";

const field = (f: FormData, k: string) => {
  const v = f.get(k);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};

function refresh() {
  revalidatePath("/reports");
  revalidatePath("/reports/incidents/[id]", "page");
  revalidatePath("/inbox");
}

export async function acknowledgeAlertAction(_prev: ActionResult | null, f: FormData): Promise<ActionResult> {
  const member = await requireMember("alerts.acknowledge");
  return runAction(async () => {
    await acknowledgeAlert(await getPrisma(), member, alertIdParam.parse(field(f, "alertId")));
    refresh();
    return undefined;
  });
}

export async function updateIncidentAction(_prev: ActionResult | null, f: FormData): Promise<ActionResult> {
  const member = await requireMember("incidents.manage");
  return runAction(async () => {
    const id = incidentIdParam.parse(field(f, "incidentId"));
    const unlink = field(f, "unlinkCaseId");
    const link = field(f, "linkCaseId");
    await updateIncident(await getPrisma(), member, id, incidentPatch.parse({
      title: field(f, "title"), status: field(f, "status"),
      ...(unlink ? { unlinkCaseIds: [unlink] } : {}), ...(link ? { linkCaseIds: [link] } : {}),
    }));
    refresh();
    return undefined;
  });
}

export async function postIncidentUpdateAction(_prev: ActionResult | null, f: FormData): Promise<ActionResult> {
  const member = await requireMember("incidents.manage");
  return runAction(async () => {
    const id = incidentIdParam.parse(field(f, "incidentId"));
    await postIncidentUpdate(await getPrisma(), member, id, incidentStatusUpdate.parse({ text: field(f, "text") ?? "" }).text);
    refresh();
    return undefined;
  });
}

export async function answerIncidentAction(_prev: ActionResult<{ sent: number; skipped: number }> | null, f: FormData): Promise<ActionResult<{ sent: number; skipped: number }>> {
  const member = await requireMember("incidents.manage");
  return runAction(async () => {
    const id = incidentIdParam.parse(field(f, "incidentId"));
    const input = incidentAnswer.parse({ template: field(f, "template") ?? "", visibility: field(f, "visibility") });
    const results = await answerIncidentCases(await getPrisma(), member, id, input, enqueueDelivery);
    refresh();
    return { sent: results.filter((r) => r.ok).length, skipped: results.filter((r) => !r.ok).length };
  });
}
