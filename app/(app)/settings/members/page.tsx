// Members, pending invitations and teams of the workspace, for team leads and admins.
import { InviteForm } from "@/components/admin/invite-form";
import { MemberControls, RevokeInvitationButton } from "@/components/admin/member-controls";
import { ArchiveTeamButton, CreateTeamForm } from "@/components/admin/team-forms";
import { requireMember } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/time";
import type { MessageKey } from "@/lib/i18n/messages";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { listMembers } from "@/lib/members/list-members";
import { ROLES } from "@/lib/members/schemas";
import { getPrisma } from "@/lib/server/db";
import { listTeams } from "@/lib/teams/list-teams";
import { StaffPanel } from "@/components/staff/staff-panel";
import { suggestStaffIdentities } from "@/lib/staff/suggest-staff-identities";

export default async function MembersPage() {
  const member = await requireMember("members.manage");
  const { locale, t } = await getT();
  const prisma = await getPrisma();
  const [{ members, invitations }, teams, staffSuggestions] = await Promise.all([listMembers(prisma, member), listTeams(prisma, member), suggestStaffIdentities(prisma, member)]);
  const labels = labelsFor(t, "admin.", "role.");
  const grantable = member.role === "ADMIN" ? [...ROLES] : ROLES.filter((r) => r !== "ADMIN");
  const teamOptions = teams.map((tm) => ({ id: tm.id, name: tm.name }));
  const now = new Date();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="mb-1 text-xl font-semibold">{t("admin.members.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("admin.members.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="members-list">
          <h2 id="members-list" className="mb-2 text-lg font-semibold">
            {t("admin.members.title")} <span className="text-sm font-normal text-slate-600">({t("admin.members.count", { count: members.length })})</span>
          </h2>
          <ul className="space-y-2">
            {members.map((m) => (
              <li key={m.id} data-testid="member" data-email={m.email}
                className={`flex flex-col gap-2 rounded-lg bg-white p-3 ring-1 ring-slate-200 md:flex-row md:items-center ${m.active ? "" : "opacity-90"}`}>
                <div className="min-w-0 flex-1">
                  <div className="font-medium">
                    {m.name} {m.userId === member.userId && <span className="text-xs text-slate-600">({t("admin.members.you")})</span>}
                  </div>
                  <div className="break-all text-sm text-slate-700">{m.email}</div>
                  <div className="text-xs text-slate-700">
                    {t(`role.${m.role}` as MessageKey)}
                    {m.team ? ` · ${m.team.name}` : ""} ·{" "}
                    <span className={m.active ? "text-emerald-800" : "font-semibold text-rose-800"} data-testid="member-status">
                      {m.active ? t("admin.members.active") : t("admin.members.inactive")}
                    </span>
                  </div>
                </div>
                <MemberControls
                  member={{ id: m.id, name: m.name, role: m.role, teamId: m.team?.id ?? null, active: m.active, self: m.userId === member.userId }}
                  roles={grantable} teams={teamOptions} editable={member.role === "ADMIN" || m.role !== "ADMIN"} labels={labels} locale={locale} />
              </li>
            ))}
          </ul>
          <h2 className="mb-2 mt-8 text-lg font-semibold">{t("admin.invitations.title")}</h2>
          {invitations.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200">{t("admin.invitations.empty")}</p>
          ) : (
            <ul className="space-y-2">
              {invitations.map((i) => (
                <li key={i.id} data-testid="invitation" className="flex flex-wrap items-center gap-2 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
                  <div className="min-w-0 flex-1">
                    <span className="font-medium">{i.name}</span> <span className="break-all text-slate-700">{i.email}</span>
                    <div className="text-xs text-slate-700">
                      {t(`role.${i.role}` as MessageKey)} ·{" "}
                      {i.expiresAt <= now ? t("admin.invitations.expiredTag") : t("admin.invitations.expires", { date: formatDateTime(i.expiresAt, locale) })}
                    </div>
                  </div>
                  {(member.role === "ADMIN" || i.role !== "ADMIN") && <RevokeInvitationButton id={i.id} email={i.email} labels={labels} locale={locale} />}
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="space-y-6">
          <section aria-labelledby="invite-title" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h2 id="invite-title" className="mb-2 font-semibold">{t("admin.invite.title")}</h2>
            <InviteForm roles={grantable} teams={teamOptions} labels={labels} locale={locale} />
          </section>
        </aside>
      </div>
      <section aria-labelledby="teams-title">
        <h2 id="teams-title" className="mb-1 text-lg font-semibold">{t("admin.teams.title")}</h2>
        <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("admin.teams.intro")}</p>
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
          {teams.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200">{t("admin.teams.empty")}</p>
          ) : (
            <ul className="space-y-2">
              {teams.map((tm) => (
                <li key={tm.id} data-testid="team" className="flex flex-wrap items-start gap-2 rounded-lg bg-white p-3 ring-1 ring-slate-200">
                  <div className="min-w-0 flex-1">
                    <div className="font-medium">{tm.name}</div>
                    <div className="text-xs text-slate-700">
                      {t(`admin.teams.kind.${tm.kind}` as MessageKey)} · {t("admin.teams.members", { count: tm.members.length })}
                    </div>
                    {tm.members.length > 0 && <div className="mt-1 text-sm text-slate-700">{tm.members.map((x) => x.name).join(", ")}</div>}
                  </div>
                  <ArchiveTeamButton id={tm.id} name={tm.name} labels={labels} locale={locale} />
                </li>
              ))}
            </ul>
          )}
          <section aria-labelledby="team-create" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
            <h3 id="team-create" className="mb-2 font-semibold">{t("admin.teams.create")}</h3>
            <CreateTeamForm labels={labels} locale={locale} />
          </section>
        </div>
      </section>
      <StaffPanel suggestions={staffSuggestions} members={members.filter((m) => m.active).map((m) => ({ id: m.id, name: m.name }))}
        labels={labelsFor(t, "admin.", "staff.")} locale={locale} t={(k) => t(k as MessageKey)} />
    </div>
  );
}
