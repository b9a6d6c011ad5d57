// The person's workspaces (brands); admins create another one here.
import { CreateWorkspaceForm } from "@/components/admin/create-workspace-form";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { MessageKey } from "@/lib/i18n/messages";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function WorkspacesPage() {
  const member = await requireMember();
  const { t } = await getT();
  const workspaces = await listMyWorkspaces(await getPrisma(), member.userId);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="mb-1 text-xl font-semibold">{t("admin.workspace.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("admin.workspace.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="ws-yours">
          <h2 id="ws-yours" className="mb-2 text-lg font-semibold">{t("admin.workspace.yours")}</h2>
          <ul className="space-y-2">
            {workspaces.map((w) => (
              <li key={w.id} data-testid="workspace" className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
                <span className="font-medium">{w.name}</span> <span className="font-mono text-xs text-slate-700">{w.slug}</span>
                <div className="text-xs text-slate-700">
                  {t(`role.${w.role}` as MessageKey)}
                  {w.id === member.workspaceId && <> · <strong>{t("admin.workspace.current")}</strong></>}
                </div>
              </li>
            ))}
          </ul>
        </section>
        <aside className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 className="mb-2 font-semibold">{t("admin.workspace.create")}</h2>
          {can(member.role, "workspaces.create") ? (
            <CreateWorkspaceForm labels={labelsFor(t, "admin.")} />
          ) : (
            <p className="text-sm text-slate-700">{t("admin.workspace.adminOnly")}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
