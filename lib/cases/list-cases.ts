// The inbox list: the member's scope, filters, search (lib/search: word families, phrases, operators),
// newest activity first (the Late view: most overdue first; a search: most relevant first), keyset pagination on
// (sort key, id).
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeSql } from "./case-scope";
import { atRiskSql } from "../sla/at-risk";
import { encodeCursor, type ListCasesQuery, type SavedView } from "./schemas";
import { notSnoozedSql, snoozedSql } from "./snooze-sql";
import { parseSearch } from "../search/parse-search";
import { relevanceSql, searchConditions } from "../search/search-sql";
import { listRanked } from "./list-ranked";
import { NEWEST_FIRST, selectCaseRows, toItem } from "./case-rows";

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

/** SLA states for the dashboard's links. At risk: lib/sla/at-risk.ts. */
function slaSql(state: "late" | "at_risk" | "met" | "missed", now: Date): Prisma.Sql {
  switch (state) {
    case "late":
      return Prisma.sql`c."slaDueAt" < ${now}`;
    case "at_risk":
      return atRiskSql(now);
    case "met":
      return Prisma.sql`c."firstRespondedAt" <= c."firstResponseDueAt"`;
    case "missed":
      return Prisma.sql`(c."firstRespondedAt" > c."firstResponseDueAt" OR (c."firstRespondedAt" IS NULL AND c."firstResponseDueAt" < ${now} AND NOT (c.status = 'CLOSED' AND c."noReplyReason" IS NOT NULL)))`;
  }
}

/** How a list is ordered: the Late view most overdue first; a search with words by relevance unless asked for
 *  the newest (./list-ranked.ts; a cursor without a score comes from past its ranked window: newest first from
 *  there); every other list newest activity first. Relevance is scored against `rankedAt` (the cursor's instant on
 *  later pages, so a page boundary never moves). */
function listOrder(q: ListCasesQuery, now: Date): { kind: "late" | "recent" } | { kind: "relevance"; score: Prisma.Sql; rankedAt: Date } {
  if (q.view === "late") return { kind: "late" };
  if (q.q && q.sort !== "recent" && !(q.cursor && q.cursor.s === undefined)) {
    const rankedAt = q.cursor?.n ? new Date(q.cursor.n) : now;
    const score = relevanceSql(parseSearch(q.q), rankedAt);
    if (score) return { kind: "relevance", score, rankedAt };
  }
  return { kind: "recent" };
}

/** `rankWindow`: how many of a search's newest matches are ranked by relevance (./list-ranked.ts). */
export async function listCases(prisma: PrismaClient, member: Member, q: ListCasesQuery, now = new Date(), rankWindow?: number) {
  const where = [...filterSql(member, q, now), ...viewWhere(q, member.userId, now)];
  const o = listOrder(q, now);
  if (o.kind === "relevance") return listRanked(prisma, where, q, o.score, o.rankedAt, rankWindow);
  const late = o.kind === "late";
  if (q.cursor) {
    const t = new Date(q.cursor.t);
    where.push(late ? Prisma.sql`(c."slaDueAt", c.id) > (${t}::timestamp, ${q.cursor.id})` : Prisma.sql`(c."lastMessageAt", c.id) < (${t}::timestamp, ${q.cursor.id})`);
  }
  const rows = await selectCaseRows(prisma, where, late ? Prisma.sql`c."slaDueAt" ASC, c.id ASC` : NEWEST_FIRST, q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  const sortTime = late ? last?.slaDueAt : last?.lastMessageAt;
  const nextCursor =
    rows.length > q.limit && last && sortTime ? encodeCursor({ t: sortTime.toISOString(), id: last.id }) : null;
  return { data: page.map(toItem), nextCursor };
}

