"use server";

// Server actions of the SLA & alerts settings page (team leads and admins): parse the form into the domain
// schema, one use case, refresh.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { saveAlertWebhook } from "@/lib/alert-webhooks/save-alert-webhook";
import { alertWebhookInput } from "@/lib/alert-webhooks/schemas";
import { saveSlaPolicy } from "@/lib/sla/save-sla-policy";
import { SLA_PRIORITIES, slaPolicyInput } from "@/lib/sla/schemas";
import { getPrisma } from "@/lib/server/db";
import { runAction, type ActionResult } from "@/lib/server/run-action";

const str = (f: FormData, k: string) => String(f.get(k) ?? "").trim();

/** "09:00-12:00, 14:00-18:00" → [["09:00","12:00"],["14:00","18:00"]]; empty → closed. */
function intervals(s: string): [string, string][] {
  return s.split(/[,;]/).map((p) => p.trim()).filter(Boolean).map((p) => p.split(/\s*[-–]\s*/) as [string, string]);
}

export async function saveSlaPolicyAction(_prev: ActionResult | null, f: FormData): Promise<ActionResult> {
  const member = await requireMember("sla.manage");
  return runAction(async () => {
    const businessHours = Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, intervals(str(f, `day${d}`))]).filter(([, v]) => (v ?? []).length > 0));
    const targets = Object.fromEntries(SLA_PRIORITIES.map((p) => [p, {
      firstResponse: Number(str(f, `${p}.firstResponse`)), nextResponse: Number(str(f, `${p}.nextResponse`)), resolution: Math.round(Number(str(f, `${p}.resolution`)) * 60),
    }]));
    const input = slaPolicyInput.parse({
      timeZone: str(f, "timeZone"), businessHours, targets, atRiskPercent: Number(str(f, "atRiskPercent")),
      holidays: str(f, "holidays").split(/\s+/).filter(Boolean),
    });
    await saveSlaPolicy(await getPrisma(), member, input);
    revalidatePath("/settings/sla");
    revalidatePath("/inbox");
    return undefined;
  });
}

export async function saveAlertWebhookAction(_prev: ActionResult | null, f: FormData): Promise<ActionResult> {
  const member = await requireMember("sla.manage");
  return runAction(async () => {
    const secret = str(f, "secret");
    await saveAlertWebhook(await getPrisma(), member, alertWebhookInput.parse({ url: str(f, "url"), secret: secret || undefined, active: f.get("active") === "on" }));
    revalidatePath("/settings/sla");
    return undefined;
  });
}
