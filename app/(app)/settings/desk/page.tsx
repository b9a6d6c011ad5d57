// Leads set the satisfaction question (FR + EN) and the desk's waiting times.
import { DeskSettingsForm } from "@/components/desk/desk-settings-form";
import { requireMember } from "@/lib/auth/session";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getDeskSettings } from "@/lib/resolution/update-desk-settings";
import { getPrisma } from "@/lib/server/db";

export default async function DeskSettingsPage() {
  const member = await requireMember("desk.settings");
  const { t } = await getT();
  const settings = await getDeskSettings(await getPrisma(), member);
  return (
    <div className="max-w-2xl">
      <h1 className="text-xl font-semibold">{t("desk.settings.title")}</h1>
      <p className="mb-3 text-sm text-slate-600">{t("desk.settings.intro")}</p>
      <DeskSettingsForm initial={settings} labels={labelsFor(t, "desk.settings.")} />
    </div>
  );
}
