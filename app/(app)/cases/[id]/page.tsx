import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditTimeline } from "@/components/case/audit-timeline";
import { AuthorPanel } from "@/components/case/author-panel";
import { CaseActions } from "@/components/case/case-actions";
import { CaseKeyboard } from "@/components/case/case-keyboard";
import { Composer } from "@/components/case/composer";
import { LiveThread } from "@/components/case/live-thread";
import { ReviewStars } from "@/components/case/review-stars";
import { PUBLIC_ONLY_PLATFORMS } from "@/lib/connectors/platforms";
import { privateOptions } from "@/lib/outbound/private-route";
import { AutoRefresh } from "@/components/live/auto-refresh";
import { PresenceBadge } from "@/components/live/presence-badge";
import { PresenceBeacon } from "@/components/live/presence-beacon";
import { PlatformBadge, PriorityBadge, StatusBadge } from "@/components/ui/badges";
import { isNotFound } from "@/lib/errors/domain-errors";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { TRANSITIONS } from "@/lib/cases/case-state-machine";
import { suggestReplies } from "@/lib/replies/suggest-replies";
import { getCase } from "@/lib/cases/get-case";
import { listContactCases } from "@/lib/cases/list-contact-cases";
import { caseIdParam } from "@/lib/cases/schemas";
import type { MessageKey } from "@/lib/i18n/messages";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { listPeople } from "@/lib/members/list-people";
import { listDeskTeams } from "@/lib/teams/list-desk-teams";
import { listCannedReplies } from "@/lib/canned-replies/list-canned-replies";
import { labelsFor } from "@/lib/i18n/labels";
import { ModerationPanel } from "@/components/case/moderation-panel";
import { loadGuardContext } from "@/lib/guards/load-guard-context";
import { loadModerationFacts } from "@/lib/guards/load-moderation-facts";
import { toThreadMessage } from "@/lib/cases/thread-message";
import { EscalateForm } from "@/components/desk/escalate-form";
import { EscalationPanel } from "@/components/desk/escalation-panel";
import { NoReplyForm } from "@/components/case/no-reply-form";
import { closableWithoutReply } from "@/lib/cases/no-reply-rule";
import { formatDateTime } from "@/lib/format/time";
import { SnoozeForm } from "@/components/case/snooze-form";
import { isSnoozed, snoozableStatus } from "@/lib/cases/snooze-rule";
import { snoozePresets } from "@/lib/cases/snooze-presets";
import { getSlaPolicy } from "@/lib/sla/get-sla-policy";
import { DEFAULT_SLA_POLICY } from "@/lib/sla/schemas";
import { defaultReplyMode, mayReplyPublicly } from "@/lib/outbound/public-reply-rule";
import { getEscalationRoutes } from "@/lib/escalations/escalation-routes";
import { ResolutionPanel } from "@/components/desk/resolution-panel";
import { OwnDraftApprovals } from "@/components/case/own-draft-approvals";
import { listOwnDraftApprovals } from "@/lib/guards/list-own-draft-approvals";
import { listMarkRequests } from "@/lib/moderation/list-mark-requests";
import { dataReadAt } from "@/lib/live/read-time";

type Props = { params: Promise<{ id: string }> };

export default async function CasePage({ params }: Props) {
  const member = await requireMember("cases.view_escalated");
  const { locale, t } = await getT();
  const id = caseIdParam.safeParse((await params).id);
  if (!id.success) notFound();
  const prisma = await getPrisma();
  // Before the case is read: the live parts catch up with what changed after it (live-provider.tsx).
  const renderedAt = dataReadAt();
  const c = await getCase(prisma, member, id.data).catch((err: unknown) => {
    if (isNotFound(err)) notFound();
    throw err;
  });
  const [otherCases, cannedReplies, members, teams, guardCtx, modFacts, routes, ownDrafts, markRequests, slaPolicy, suggestions] = await Promise.all([
    listContactCases(prisma, member, c.contact.id, c.id),
    listCannedReplies(prisma, member),
    listPeople(prisma, member),
    listDeskTeams(prisma, member),
    loadGuardContext(prisma, { id: c.id, workspaceId: c.workspaceId, contactId: c.contact.id, threadId: c.threadId }, member.workspaceId),
    loadModerationFacts(prisma, member.workspaceId, c.contact.id),
    getEscalationRoutes(prisma, member.workspaceId),
    can(member.role, "cases.reply") ? listOwnDraftApprovals(prisma, member, c.id) : Promise.resolve([]),
    can(member.role, "moderation.hide") ? listMarkRequests(prisma, member, { contactId: c.contact.id }) : Promise.resolve([]),
    getSlaPolicy(prisma, member.workspaceId),
    can(member.role, "cases.reply") ? suggestReplies(prisma, member, c.id) : Promise.resolve([]),
  ]);
  // Snooze (./snooze-rule.ts): offered on an answered case that can sleep; the server says why when it may not.
  const now = new Date();
  const timeZone = slaPolicy?.timeZone ?? DEFAULT_SLA_POLICY.timeZone;
  const snoozed = isSnoozed(c, now);
  const csAgents = members.filter((m) => m.role === "CUSTOMER_SERVICE" && m.active).map(({ id, name }) => ({ id, name }));
  const deskLabels = labelsFor(t, "desk.");
  const canEscalateNow = can(member.role, "cases.escalate") && !c.escalations.some((e) => e.status === "PENDING" || e.status === "IN_PROGRESS")
    && (c.status === "ESCALATED" || TRANSITIONS[c.status].includes("ESCALATED"));
  const guardLabels = labelsFor(t, "guards.");
  const hasPublicInbound = c.messages.some((m) => m.direction === "INBOUND" && m.visibility === "PUBLIC");
  const publicAllowed = mayReplyPublicly(member.role, member.userId, c.escalations);
  // A review or a video comment: a private answer goes through another channel of the customer's, if any.
  const po = PUBLIC_ONLY_PLATFORMS.includes(c.channel.platform) ? await privateOptions(prisma, { workspaceId: c.workspaceId, contactId: c.contact.id }) : null;
  const publicOnly = po ? {
    privateVia: po.privateVia,
    invitation: t("review.invitation", { name: c.contact.displayName, channels: po.channels.length ? po.channels.join(", ") : t("review.ourSupport") }),
  } : undefined;
  const actionLabels: Record<string, string> = {
    actions: t("case.actions"), assignMe: t("case.assignMe"), priority: t("inbox.col.priority"), assignee: t("inbox.col.assignee"),
    unassigned: t("inbox.unassigned"), tags: t("inbox.tag"), save: t("case.save"), escalationReason: t("case.escalationReason"),
  };
  for (const s of Object.keys(TRANSITIONS)) actionLabels[`to.${s}`] = t(`case.to.${s}` as MessageKey);
  for (const p of ["URGENT", "HIGH", "NORMAL", "LOW"]) actionLabels[`priority.${p}`] = t(`priority.${p}` as MessageKey);
  for (const k of ["title", "done", "keep", "cancel", "reason", "confirm", "back"] as const) actionLabels[`promises.${k}`] = t(`case.promises.${k}`);
  const openPromises = c.followUps.filter((f) => f.status === "OPEN").map((f) => ({ id: f.id, phrase: f.phrase, dueAt: f.dueAt?.toISOString() ?? null }));
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
      <AutoRefresh caseId={c.id} threadApplied renderedAt={renderedAt} />
      <PresenceBeacon caseId={c.id} />
      <section aria-labelledby="case-title">
        <CaseKeyboard caseId={c.id} caseNumber={c.number} labels={labelsFor(t, "shortcuts.")} />
        <Link href="/inbox" className="text-sm text-brand hover:underline">← {t("case.back")}</Link>
        <div className="mt-2 mb-3 flex flex-wrap items-center gap-2">
          <PlatformBadge platform={c.channel.platform} />
          <h1 id="case-title" className="text-xl font-semibold">#{c.number} · {c.contact.displayName}</h1>
          <StatusBadge status={c.status} t={t} />
          {c.priority !== "NORMAL" && <PriorityBadge priority={c.priority} t={t} />}
          {c.rating !== null && <ReviewStars rating={c.rating} label={t("review.stars")} locale={locale} testId="case-stars" />}
          {c.reopenCount > 0 && <span className="text-xs text-rose-700">{t("case.reopened")} ×{c.reopenCount}</span>}
          {c.incident && <span className="rounded bg-purple-100 px-1.5 text-xs text-purple-800">⚑ {c.incident.title}</span>}
          <PresenceBadge caseId={c.id} labels={{ viewing: t("presence.viewing"), replying: t("presence.replying") }} />
        </div>
        {c.thread?.text && (
          <div className="mb-3 rounded-lg bg-slate-100 p-3 text-sm text-slate-700" data-testid="case-post">
            <div className="mb-1 text-xs uppercase text-slate-500">{t(c.channel.platform === "YOUTUBE" ? "review.video" : "case.onPost")}</div>
            {c.thread.permalink ? (
              <a href={c.thread.permalink} target="_blank" rel="noreferrer" className="hover:underline">{c.thread.text}</a>
            ) : (
              c.thread.text
            )}
          </div>
        )}
        <EscalationPanel escalations={c.escalations} canWork={can(member.role, "escalations.work")} locale={locale} t={t} labels={deskLabels}
          targets={{ teams, agents: csAgents }} />
        <h2 className="sr-only">{t("case.thread")}</h2>
        {/* Kept live by the stream (new messages, delivery results, hides); the page re-renders only on a resync. */}
        <LiveThread caseId={c.id} renderedAt={renderedAt} platform={c.channel.platform} initial={c.messages.map(toThreadMessage)} locale={locale}
          labels={labelsFor(t, "case.event.", "case.outbound", "case.private", "case.note", "case.staffBadge", "case.retryAt", "message.", "review.", "held.")}
          guardLabels={guardLabels} canHide={can(member.role, "moderation.hide")} orderNumberPattern={guardCtx.settings?.orderNumberPattern ?? null} />
        {/* The author of a held draft sees the lead's answer where they write: waiting, or returned with a comment. */}
        <OwnDraftApprovals approvals={ownDrafts} locale={locale} t={t} />
        {can(member.role, "cases.reply") && (
          <div className="mt-4">
            <Composer caseId={c.id} caseNumber={c.number} customerName={c.contact.displayName} agentName={member.name}
              platform={c.channel.platform}
              canPublic={hasPublicInbound && publicAllowed}
              defaultMode={po && !po.privateVia ? (hasPublicInbound && publicAllowed ? "public" : "note")
                : defaultReplyMode(member.role, hasPublicInbound && publicAllowed)}
              noPublicReason={hasPublicInbound && !publicAllowed ? t("composer.noPublicUntilPickedUp") : undefined}
              publicOnly={publicOnly}
              cannedReplies={cannedReplies.map(({ id, title, body, language }) => ({ id, title, body, language }))}
              suggestions={suggestions.map((s) => ({ text: s.text, sourceCaseId: s.sourceCaseId, sourceCaseNumber: s.sourceCaseNumber,
                sentAt: s.sentAt.toISOString(), outcome: s.outcome, csat: s.csat }))}
              labels={{ ...labelsFor(t, "composer."), ...guardLabels }}
              guard={{
                locale,
                earlierReplies: (guardCtx.earlierReplies ?? []).map((r) => ({ body: r.body, at: new Date(r.at).toISOString() })),
                cannedReplies: guardCtx.cannedReplies ?? [],
                firstAnswer: guardCtx.firstAnswer ?? false,
                settings: { flagPhrases: guardCtx.settings?.flagPhrases ?? [], allowPhrases: guardCtx.settings?.allowPhrases ?? [], orderNumberPattern: guardCtx.settings?.orderNumberPattern ?? null, publicContacts: guardCtx.settings?.publicContacts ?? [] },
                humorAllowed: modFacts.marks.troll && !modFacts.humorUsed,
                failedRoutes: guardCtx.failedRoutes ?? [],
                problemFamily: guardCtx.problemFamily ?? null,
              }} />
          </div>
        )}
      </section>
      <aside className="space-y-4">
        {can(member.role, "cases.update") && (
          <CaseActions caseId={c.id} status={c.status} allowedStatuses={[...TRANSITIONS[c.status]]} priority={c.priority}
            assigneeId={c.assigneeId} selfId={member.userId} members={members.map(({ id, name }) => ({ id, name }))} tags={c.tags}
            canEscalate={false} openPromises={openPromises} labels={actionLabels} />
        )}
        {can(member.role, "cases.update") && closableWithoutReply(c) && (
          <NoReplyForm caseId={c.id} labels={labelsFor(t, "case.noReply.")} />
        )}
        {can(member.role, "cases.update") && (snoozed || (snoozableStatus(c.status) && c.firstRespondedAt)) && (
          <SnoozeForm caseId={c.id} presets={snoozePresets(now, timeZone)} timeZone={timeZone} labels={labelsFor(t, "case.snooze.")}
            snoozedUntil={snoozed && c.snoozedUntil ? untilText(c.snoozedUntil, locale, timeZone) : null} />
        )}
        {canEscalateNow && (
          <EscalateForm caseId={c.id} contactChannel={c.channel.platform === "X" ? "X DM" : c.channel.platform === "INSTAGRAM" ? t("escalation.contact.INSTAGRAM") : "Messenger"} labels={deskLabels} teams={teams}
            routes={routes} agents={csAgents} />
        )}
        <ResolutionPanel c={c} canUpdate={can(member.role, "cases.update")} locale={locale} t={t} />
        <AuthorPanel name={c.contact.displayName} signals={c.contact.signals}
          identities={c.contact.identities.map((i) => ({ ...i, platform: i.channel.platform }))}
          otherCases={otherCases} openedAt={c.openedAt} channelName={c.channel.name} locale={locale} t={t} />
        <ModerationPanel caseId={c.id} facts={modFacts} requests={markRequests} canMark={can(member.role, "moderation.hide")} canBan={can(member.role, "moderation.ban")}
          canDecide={can(member.role, "moderation.decide_mark")} locale={locale} labels={{ ...guardLabels, ...labelsFor(t, "platform.", "moderation.") }} />
        <section className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <h2 className="mb-2 text-xs uppercase text-slate-500">{t("case.timeline")}</h2>
          <AuditTimeline events={c.events} locale={locale} t={t} />
        </section>
      </aside>
    </div>
  );
}

/** The snooze's end as the team reads it: in the workspace's time zone, which the presets and the form use. */
const untilText = (d: Date, locale: string, timeZone: string) => formatDateTime(d, locale, timeZone);
