// Settings → Automation (issue #22), for team leads and admins: the rules in the order they run, the builder
// (new or edit, with a preview of the draft over the last 7 or 30 days) and the agents' load with their caps and
// availability, which round-robin and least-loaded read.
import Link from "next/link";
import { AgentLoadPanel } from "@/components/automation/agent-load-panel";
import type { Label, Lookups } from "@/components/automation/lookups";
import { RuleBuilder } from "@/components/automation/rule-builder";
import { RuleList } from "@/components/automation/rule-list";
import { pausedReasonText } from "@/components/automation/rule-reasons";
import { listAgentLoad } from "@/lib/automation/agent-load";
import { listRules } from "@/lib/automation/list-rules";
import { requireMember } from "@/lib/auth/session";
import { listCannedReplies } from "@/lib/canned-replies/list-canned-replies";
import { listChannels } from "@/lib/channels/list-channels";
import { displayTitle } from "@/lib/incidents/incident-label";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { labelsFor } from "@/lib/i18n/labels";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { listPeople } from "@/lib/members/list-people";
import { getPrisma } from "@/lib/server/db";
import { listTeams } from "@/lib/teams/list-teams";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AutomationPage({ searchParams }: Props) {
  const member = await requireMember("automation.manage");
  const { locale, t } = await getT();
  const prisma = await getPrisma();
  const params = await searchParams;
  const [rules, agents, teams, people, channels, canned, incidents] = await Promise.all([
    listRules(prisma, member, { archived: true }),
    listAgentLoad(prisma, member),
    listTeams(prisma, member, { includeArchived: true }),
    listPeople(prisma, member),
    listChannels(prisma, member),
    listCannedReplies(prisma, member, { includeArchived: true }),
    listIncidents(prisma, member, { status: "OPEN", limit: 100 }),
  ]);
  const lookups: Lookups = {
    teams: teams.map((x) => ({ id: x.id, name: x.name, archived: x.archived })),
    people: people.map((p) => ({ id: p.id, name: p.name, active: p.active })),
    channels: channels.map((c) => ({ id: c.id, name: c.name, platform: c.platform })),
    canned: canned.map((c) => ({ id: c.id, title: c.title, language: c.language, archived: c.archivedAt !== null })),
    incidents: incidents.map((i) => ({ id: i.id, title: displayTitle(i, locale) })),
  };
  const L: Label = (k, v) => t(k as MessageKey, v ?? {});
  const names = Object.fromEntries([...lookups.teams, ...lookups.people].map((x) => [x.id, x.name])
    .concat([...lookups.canned, ...lookups.incidents].map((x) => [x.id, x.title])));
  const pausedText = Object.fromEntries(rules.filter((r) => r.pausedReason).map((r) => [r.id, pausedReasonText(r.pausedReason!, t, names)]));
  const editing = typeof params.edit === "string" ? rules.find((r) => r.id === params.edit && r.state !== "archived" && r.definition) : undefined;
  const building = editing !== undefined || params.new !== undefined;
  // The client parts get only their own strings, already in the reader's language.
  const labels = labelsFor(t, "automation.", "priority.", "status.", "platform.", "role.", "admin.form.");
  const active = rules.filter((r) => r.state !== "archived").length;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="mb-1 text-xl font-semibold">{t("automation.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("automation.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="rules-title" className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <h2 id="rules-title" className="text-lg font-semibold">
                {t("automation.list.title")} <span className="text-sm font-normal text-slate-600">({active})</span>
              </h2>
              {!building && (
                <Link href="/settings/automation?new=1#builder" className="ml-auto rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark" data-testid="rule-new">
                  {t("automation.list.new")}
                </Link>
              )}
            </div>
            <p className="text-xs text-slate-600">{t("automation.list.order")}</p>
            <RuleList rules={rules} L={L} lookups={lookups} labels={labels} locale={locale} pausedText={pausedText} />
          </section>
          {building && (
            <div id="builder" className="scroll-mt-4">
              <RuleBuilder key={editing?.id ?? "new"} lookups={lookups} labels={labels} locale={locale}
                rule={editing ? { id: editing.id, name: editing.name, definition: editing.definition! } : undefined} />
            </div>
          )}
        </div>
        <aside className="min-w-0">
          <AgentLoadPanel agents={agents} labels={labels} locale={locale} />
        </aside>
      </div>
    </div>
  );
}
