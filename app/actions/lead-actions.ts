"use server";

// Server actions of the team lead pages (dashboard, incident page): authenticate, parse the form, one use case,
// refresh the pages that show the result, and map errors to a result the form shows.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { answerIncidentCases, type AnswerResult } from "@/lib/incidents/answer-incident-cases";
import { postIncidentUpdate } from "@/lib/incidents/post-incident-update";
import { caseNumberList, incidentAnswer, incidentIdParam, incidentPatch, incidentStatusUpdate } from "@/lib/incidents/schemas";
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
    const link = field(f, "linkCase");
    await updateIncident(await getPrisma(), member, id, incidentPatch.parse({
      title: field(f, "title"), status: field(f, "status"),
      ...(unlink ? { unlinkCaseIds: [unlink] } : {}), ...(link ? { linkCaseNumbers: caseNumberList.parse(link) } : {}),
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

export type IncidentAnswerSummary = { sent: number; refused: Omit<AnswerResult, "ok" | "messageId">[] };

/** The incident answer box: a wording per customer language; the result says what was sent and what was refused. */
export async function answerIncidentAction(_prev: ActionResult<IncidentAnswerSummary> | null, f: FormData): Promise<ActionResult<IncidentAnswerSummary>> {
  const member = await requireMember("incidents.manage");
  return runAction(async () => {
    const id = incidentIdParam.parse(field(f, "incidentId"));
    const input = incidentAnswer.parse({ templates: { fr: field(f, "templateFr"), en: field(f, "templateEn") }, visibility: field(f, "visibility") });
    const results = await answerIncidentCases(await getPrisma(), member, id, input, enqueueDelivery);
    refresh();
    return {
      sent: results.filter((r) => r.ok).length,
      refused: results.filter((r) => !r.ok).map(({ caseId, caseNumber, language, code, error }) => ({ caseId, caseNumber, language, code, error })),
    };
  });
}
