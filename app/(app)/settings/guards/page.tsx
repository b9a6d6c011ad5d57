import { requireMember } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { labelsFor } from "@/lib/i18n/labels";
import { getPrisma } from "@/lib/server/db";
import { loadGuardSettings } from "@/lib/guards/load-guard-context";
import { listApprovalQueue } from "@/lib/guards/list-approval-queue";
import { GuardSettingsForm } from "@/components/guards/guard-settings-form";
import { ApprovalList } from "@/components/guards/approval-list";

// Team leads: the drafts waiting for approval, and the workspace's guard lists with a preview.
export default async function GuardSettingsPage() {
  const member = await requireMember("guards.manage");
  const { locale, t } = await getT();
  const prisma = await getPrisma();
  const [settings, pending] = await Promise.all([loadGuardSettings(prisma, member.workspaceId), listApprovalQueue(prisma, member)]);
  const labels = labelsFor(t, "guards.");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-xl font-semibold">{t("guards.settings.title")}</h1>
        <p className="text-sm text-slate-600">{t("guards.settings.intro")}</p>
      </header>
      <ApprovalList labels={labels} drafts={pending.map((p) => ({
        id: p.id, caseId: p.caseId, caseNumber: p.caseNumber, author: p.authorName ?? "—", text: p.text, visibility: p.visibility,
        findings: p.findings,
      }))} />
      <GuardSettingsForm initial={settings} locale={locale} labels={labels} />
    </div>
  );
}
