// Per-team figures on the lead's dashboard: customer-service teams on the escalations routed to them,
// community-manager teams on their members' cases (lib/metrics/compute-team-metrics.ts).
import Link from "next/link";
import type { CommunityTeamFigures, ServiceTeamFigures, TeamFigures } from "@/lib/metrics/compute-team-metrics";
import type { MessageKey } from "@/lib/i18n/messages";

type T = (k: MessageKey, values?: Record<string, string | number>) => string;

export function TeamFiguresSection({ teams, t, dur }: { teams: TeamFigures[]; t: T; dur: (s: number | null) => string }) {
  const service = teams.filter((x): x is ServiceTeamFigures => x.kind === "CUSTOMER_SERVICE");
  const community = teams.filter((x): x is CommunityTeamFigures => x.kind === "COMMUNITY_MANAGER");
  const th = "py-1 pr-3 font-medium";
  return (
    // Focusable: on a phone the tables scroll sideways inside it, and keyboard users must be able to scroll too.
    <section aria-labelledby="teams-h" tabIndex={0} className="overflow-x-auto rounded-lg bg-white p-3 ring-1 ring-slate-200" data-testid="team-figures">
      <h2 id="teams-h" className="mb-2 font-medium">{t("reports.perTeam")}</h2>
      {teams.length === 0 ? (
        <p className="text-sm text-slate-600">{t("reports.noTeams")} <Link href="/settings/members" className="text-brand underline">{t("reports.teamsLink")}</Link></p>
      ) : (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          {service.length > 0 && (
            <table className="w-full text-left text-sm" data-testid="service-teams">
              <caption className="mb-1 text-left text-xs text-slate-600">{t("reports.team.serviceCaption")}</caption>
              <thead className="text-xs uppercase text-slate-500">
                <tr><th className={th}>{t("reports.team")}</th><th className={th}>{t("reports.team.openEscalations")}</th><th className={th}>{t("reports.late")}</th>
                  <th className={th}>{t("reports.team.solutionMedian")}</th><th className={th}>{t("reports.team.returned")}</th></tr>
              </thead>
              <tbody>
                {service.map((x) => (
                  <tr key={x.teamId ?? "shared"} className="border-t border-slate-100" data-testid="team-row" data-team={x.name}>
                    <th scope="row" className="py-1 pr-3 font-normal">{x.teamId ? x.name : <em>{t("reports.team.sharedQueue")}</em>}</th>
                    <td data-testid="team-open">{x.open}</td>
                    <td data-testid="team-late" className={x.late ? "font-semibold text-rose-700" : ""}>{x.late}</td>
                    <td data-testid="team-solution">{dur(x.solutionMedianSeconds)}{x.solved > 0 && <span className="text-xs text-slate-600"> ({t("reports.team.solved", { count: x.solved })})</span>}</td>
                    <td data-testid="team-returned">{x.returned}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {community.length > 0 && (
            <table className="w-full text-left text-sm" data-testid="community-teams">
              <caption className="mb-1 text-left text-xs text-slate-600">{t("reports.team.communityCaption")}</caption>
              <thead className="text-xs uppercase text-slate-500">
                <tr><th className={th}>{t("reports.team")}</th><th className={th}>{t("reports.team.members")}</th><th className={th}>{t("reports.team.openCases")}</th>
                  <th className={th}>{t("reports.firstResponse")}</th></tr>
              </thead>
              <tbody>
                {community.map((x) => (
                  <tr key={x.teamId} className="border-t border-slate-100" data-testid="team-row" data-team={x.name}>
                    <th scope="row" className="py-1 pr-3 font-normal">{x.name}</th>
                    <td>{x.members}</td>
                    <td data-testid="team-open">{x.openCases}</td>
                    <td data-testid="team-first-response">{dur(x.firstResponseMedianSeconds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </section>
  );
}
