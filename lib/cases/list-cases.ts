// The inbox list: the member's scope, filters, search (lib/search: word families, phrases, operators),
// newest activity first (the Late view: most overdue first; a search: most relevant first), keyset pagination on
// (sort key, id).
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeSql } from "./case-scope";
import { slaClockOf, type SlaClock } from "../sla/sla-clock";
import { encodeCursor, type ListCasesQuery, type SavedView } from "./schemas";
import { notSnoozedSql, snoozedSql } from "./snooze-sql";
import { parseSearch } from "../search/parse-search";
import { relevanceSql, searchConditions } from "../search/search-sql";

export interface CaseListItem {
  id: string;
  number: number;
  status: string;
  priority: string;
  preview: string;
  tags: string[];
  language: string | null;
  openedAt: Date;
  lastMessageAt: Date;
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  reopenCount: number;
  /** Set while a snooze is on record (./snooze-rule.ts decides whether it is in effect). */
  snoozedUntil: Date | null;
  incidentId: string | null;
  incidentTitle: string | null;
  channel: { id: string; name: string; platform: string; kind: string };
  author: { contactId: string; name: string; handle: string | null; followerCount: number | null };
  assignee: { id: string; name: string } | null;
  messageCount: number;
  /** The running SLA clock the inbox colours show (lib/sla). */
  sla: SlaClock;
  /** Reach and profession signals of the author (lib/scoring): "high_reach", "journalist", "professional"… */
  signals: string[];
}

type Row = Omit<CaseListItem, "channel" | "author" | "assignee" | "sla"> & {
  slaDueAt: Date | null; nextResponseDueAt: Date | null; resolutionDueAt: Date | null; lastInboundAt: Date | null;
  channelId: string; channelName: string; platform: string; channelKind: string;
  contactId: string; authorName: string; handle: string | null; followerCount: number | null;
  assigneeId: string | null; assigneeName: string | null; searchScore: number | null;
};

const ACTIVE = Prisma.sql`c.status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'ESCALATED')`;

/** Saved views. "Late": an SLA clock (first response, next response or resolution) has run out (R2). A snoozed
 *  case is in "snoozed" only; the others leave it out while it sleeps. Late needs no such condition: a case
 *  whose clock has run out is never snoozed (./snooze-rule.ts), so a snooze cannot hide a breach. */
export function viewSql(view: SavedView, userId: string, now: Date): Prisma.Sql {
  switch (view) {
    case "mine":
      return Prisma.sql`c."assigneeId" = ${userId} AND ${ACTIVE} AND ${notSnoozedSql(now)}`;
    case "unassigned":
      return Prisma.sql`c."assigneeId" IS NULL AND ${ACTIVE} AND ${notSnoozedSql(now)}`;
    case "late":
      return Prisma.sql`c."slaDueAt" < ${now}`;
    case "escalated":
      return Prisma.sql`c.status = 'ESCALATED'`;
    case "snoozed":
      return snoozedSql(now);
  }
}

/** The list's view condition. Without a view ("All") snoozed cases are left out too, but a search finds them:
 *  looking for a customer's case must not miss it because it sleeps. */
export function viewWhere(q: Pick<ListCasesQuery, "view" | "q">, userId: string, now: Date): Prisma.Sql[] {
  if (q.view) return [viewSql(q.view, userId, now)];
  return q.q ? [] : [notSnoozedSql(now)];
}

/** The filters of a list query, without its view and cursor (shared with the per-view counts). */
export function filterSql(member: Member, q: ListCasesQuery, now = new Date()): Prisma.Sql[] {
  const where: Prisma.Sql[] = [caseScopeSql(member)];
  // Compare enums as enums: a ::text cast on the column would keep the planner off the status indexes.
  if (q.status) where.push(Prisma.sql`c.status IN (${Prisma.join(q.status.map((v) => Prisma.sql`${v}::"CaseStatus"`))})`);
  if (q.assignee === "me") where.push(Prisma.sql`c."assigneeId" = ${member.userId}`);
  else if (q.assignee === "unassigned") where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (q.assignee) where.push(Prisma.sql`c."assigneeId" = ${q.assignee}`);
  if (q.platform) where.push(Prisma.sql`ch.platform = ${q.platform.toUpperCase()}::"Platform"`);
  if (q.channel) where.push(Prisma.sql`c."channelId" = ${q.channel}`);
  if (q.priority) where.push(Prisma.sql`c.priority IN (${Prisma.join(q.priority.map((v) => Prisma.sql`${v}::"Priority"`))})`);
  if (q.tag) where.push(Prisma.sql`c.tags @> ARRAY[${q.tag}]::text[]`);
  if (q.incident === "any") where.push(Prisma.sql`c."incidentId" IS NOT NULL`);
  else if (q.incident === "none") where.push(Prisma.sql`c."incidentId" IS NULL`);
  else if (q.incident) where.push(Prisma.sql`c."incidentId" = ${q.incident}`);
  if (q.language) where.push(Prisma.sql`c.language = ${q.language}`);
  if (q.q) where.push(...searchConditions(parseSearch(q.q)));
  if (q.from) where.push(Prisma.sql`c."openedAt" >= ${q.from}`);
  if (q.to) where.push(Prisma.sql`c."openedAt" < ${q.to}`);
  if (q.reopened) where.push(Prisma.sql`c."reopenCount" > 0`);
  if (q.sla) where.push(slaSql(q.sla, now));
  return where;
}

/** SLA states for the dashboard's links. At risk: less than a quarter of the clock's span left. */
function slaSql(state: "late" | "at_risk" | "met" | "missed", now: Date): Prisma.Sql {
  switch (state) {
    case "late":
      return Prisma.sql`c."slaDueAt" < ${now}`;
    case "at_risk":
      return Prisma.sql`c."slaDueAt" >= ${now} AND c."slaDueAt" < ${now}::timestamp + (c."slaDueAt" - c."openedAt") * 0.25`;
    case "met":
      return Prisma.sql`c."firstRespondedAt" <= c."firstResponseDueAt"`;
    case "missed":
      return Prisma.sql`(c."firstRespondedAt" > c."firstResponseDueAt" OR (c."firstRespondedAt" IS NULL AND c."firstResponseDueAt" < ${now} AND NOT (c.status = 'CLOSED' AND c."noReplyReason" IS NOT NULL)))`;
  }
}

/** How a list is ordered: the Late view most overdue first; a search with words by relevance unless asked for
 *  the newest; every other list newest activity first. Relevance is scored against `rankedAt` (the cursor's
 *  instant on later pages, so a page boundary never moves). */
function listOrder(q: ListCasesQuery, now: Date): { kind: "late" | "recent" } | { kind: "relevance"; score: Prisma.Sql; rankedAt: Date } {
  if (q.view === "late") return { kind: "late" };
  if (q.q && q.sort !== "recent") {
    const rankedAt = q.cursor?.n ? new Date(q.cursor.n) : now;
    const score = relevanceSql(parseSearch(q.q), rankedAt);
    if (score) return { kind: "relevance", score, rankedAt };
  }
  return { kind: "recent" };
}

export async function listCases(prisma: PrismaClient, member: Member, q: ListCasesQuery, now = new Date()) {
  const where = [...filterSql(member, q, now), ...viewWhere(q, member.userId, now)];
  const o = listOrder(q, now);
  if (q.cursor) {
    const t = new Date(q.cursor.t);
    where.push(o.kind === "late" ? Prisma.sql`(c."slaDueAt", c.id) > (${t}::timestamp, ${q.cursor.id})`
      : o.kind === "relevance" && q.cursor.s !== undefined ? Prisma.sql`(${o.score}, c.id) < (${q.cursor.s}::float8, ${q.cursor.id})`
      : Prisma.sql`(c."lastMessageAt", c.id) < (${t}::timestamp, ${q.cursor.id})`);
  }
  const order = o.kind === "late" ? Prisma.sql`c."slaDueAt" ASC, c.id ASC`
    : o.kind === "relevance" ? Prisma.sql`c."searchScore" DESC, c.id DESC` : Prisma.sql`c."lastMessageAt" DESC, c.id DESC`;
  const rows = await selectCaseRows(prisma, where, order, q.limit + 1, o.kind === "relevance" ? o.score : undefined);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const data: CaseListItem[] = page.map(toItem);
  const sortTime = o.kind === "late" ? last?.slaDueAt : last?.lastMessageAt;
  const ranked = o.kind === "relevance" && last ? { s: last.searchScore ?? 0, n: o.rankedAt.toISOString() } : {};
  const nextCursor =
    rows.length > q.limit && last && sortTime ? encodeCursor({ t: sortTime.toISOString(), id: last.id, ...ranked }) : null;
  return { data, nextCursor };
}

/** Inbox rows of the given cases, whoever looks (the live stream filters per member with caseVisibleTo). */
export async function listCaseRowsByIds(prisma: PrismaClient, ids: string[]): Promise<CaseListItem[]> {
  if (ids.length === 0) return [];
  const order = Prisma.sql`c."lastMessageAt" DESC, c.id DESC`;
  return (await selectCaseRows(prisma, [Prisma.sql`c.id IN (${Prisma.join(ids)})`], order, ids.length)).map(toItem);
}

// The page is chosen first (filters, order, limit on cases and channels alone), then joined to what a row shows.
// With the joins in one flat query, a planner with stale statistics (a young database in a burst of new cases,
// before autovacuum analyses: seen in bench:ingest) ran the per-row identity lookup for every case of the
// workspace before sorting: 530 ms for a page of 100 at 3,600 cases. Chosen first, a page costs its own rows.
// `score`: a relevance expression over `c`, returned as "searchScore" (which `order` may then name).
function selectCaseRows(prisma: PrismaClient, where: Prisma.Sql[], order: Prisma.Sql, limit: number, score?: Prisma.Sql): Promise<Row[]> {
  return prisma.$queryRaw<Row[]>`
    WITH page AS MATERIALIZED (
      SELECT * FROM (
        SELECT c.*, ${score ?? Prisma.sql`NULL::float8`} AS "searchScore" FROM cases c JOIN channels ch ON ch.id = c."channelId"
         WHERE ${Prisma.join(where, " AND ")}) c
       ORDER BY ${order}
       LIMIT ${limit})
    SELECT c.id, c.number, c.status::text AS status, c.priority::text AS priority, c.preview, c.tags,
           c.language, c."openedAt", c."lastMessageAt", c."firstResponseDueAt", c."firstRespondedAt",
           c."reopenCount", c."snoozedUntil", c."incidentId", inc.title AS "incidentTitle", c."slaDueAt", c."nextResponseDueAt", c."searchScore",
           c."resolutionDueAt", c."lastInboundAt", ct.signals,
           ch.id AS "channelId", ch.name AS "channelName", ch.platform::text AS platform, ch.kind::text AS "channelKind",
           c."contactId", ct."displayName" AS "authorName", ci.handle, ci."followerCount",
           u.id AS "assigneeId", u.name AS "assigneeName",
           (SELECT count(*)::int FROM messages m WHERE m."caseId" = c.id) AS "messageCount"
      FROM page c
      JOIN channels ch ON ch.id = c."channelId"
      JOIN contacts ct ON ct.id = c."contactId"
      LEFT JOIN LATERAL (
        SELECT handle, "followerCount" FROM contact_identities i
         WHERE i."contactId" = c."contactId" AND i."channelId" = c."channelId" LIMIT 1) ci ON true
      LEFT JOIN users u ON u.id = c."assigneeId"
      LEFT JOIN incidents inc ON inc.id = c."incidentId"
     ORDER BY ${order}`;
}

function toItem(r: Row): CaseListItem {
  return {
    id: r.id, number: r.number, status: r.status, priority: r.priority, preview: r.preview, tags: r.tags,
    language: r.language, openedAt: r.openedAt, lastMessageAt: r.lastMessageAt,
    firstResponseDueAt: r.firstResponseDueAt, firstRespondedAt: r.firstRespondedAt,
    reopenCount: r.reopenCount, snoozedUntil: r.snoozedUntil, incidentId: r.incidentId, incidentTitle: r.incidentTitle, messageCount: r.messageCount,
    channel: { id: r.channelId, name: r.channelName, platform: r.platform, kind: r.channelKind },
    author: { contactId: r.contactId, name: r.authorName, handle: r.handle, followerCount: r.followerCount },
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null,
    sla: slaClockOf({ ...r, status: r.status }),
    signals: r.signals,
  };
}
