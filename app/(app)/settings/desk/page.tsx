// Leads set the satisfaction question (FR + EN), the desk's waiting times and where escalations go by default.
import { DeskSettingsForm } from "@/components/desk/desk-settings-form";
import { EscalationRoutingForm } from "@/components/desk/escalation-routing-form";
import { requireMember } from "@/lib/auth/session";
import { getEscalationRoutes } from "@/lib/escalations/escalation-routes";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getDeskSettings } from "@/lib/resolution/update-desk-settings";
import { getPrisma } from "@/lib/server/db";
import { listDeskTeams } from "@/lib/teams/list-desk-teams";

export default async function DeskSettingsPage() {
  const member = await requireMember("desk.settings");
  const { t } = await getT();
  const prisma = await getPrisma();
  const [settings, routes, teams] = await Promise.all([
    getDeskSettings(prisma, member),
    getEscalationRoutes(prisma, member.workspaceId),
    listDeskTeams(prisma, member),
  ]);
  const labels = labelsFor(t, "desk.");
  return (
    <div className="max-w-2xl space-y-4">
      <div>
        <h1 className="text-xl font-semibold">{t("desk.settings.title")}</h1>
        <p className="mb-3 text-sm text-slate-600">{t("desk.settings.intro")}</p>
        <DeskSettingsForm initial={settings} labels={labelsFor(t, "desk.settings.")} />
      </div>
      <EscalationRoutingForm routes={routes} teams={teams} labels={labels} />
    </div>
  );
}
