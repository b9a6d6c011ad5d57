// The inbox's case rows (lib/cases/list-cases.ts, ./list-ranked.ts, the live stream): what a row shows, and the
// one query that reads a page of them.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { slaClockOf, type SlaClock } from "../sla/sla-clock";

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
  /** A review's stars (1–5), null for everything that is not a review. */
  rating: number | null;
  /** What the case's thread hangs on, when the platform gave it words: a post's text, a video's title. */
  postTitle: string | null;
}

export type Row = Omit<CaseListItem, "channel" | "author" | "assignee" | "sla"> & {
  slaDueAt: Date | null; nextResponseDueAt: Date | null; resolutionDueAt: Date | null; lastInboundAt: Date | null;
  channelId: string; channelName: string; platform: string; channelKind: string;
  contactId: string; authorName: string; handle: string | null; followerCount: number | null;
  assigneeId: string | null; assigneeName: string | null; searchScore: number | null;
};


export const NEWEST_FIRST = Prisma.sql`c."lastMessageAt" DESC, c.id DESC`;

/** Inbox rows of the given cases, whoever looks (the live stream filters per member with caseVisibleTo). */
export async function listCaseRowsByIds(prisma: PrismaClient, ids: string[]): Promise<CaseListItem[]> {
  if (ids.length === 0) return [];
  return (await selectCaseRows(prisma, [Prisma.sql`c.id IN (${Prisma.join(ids)})`], NEWEST_FIRST, ids.length)).map(toItem);
}

// The page is chosen first (filters, order, limit on cases and channels alone), then joined to what a row shows.
// With the joins in one flat query, a planner with stale statistics (a young database in a burst of new cases,
// before autovacuum analyses: seen in bench:ingest) ran the per-row identity lookup for every case of the
// workspace before sorting: 530 ms for a page of 100 at 3,600 cases. Chosen first, a page costs its own rows.
// `score`: a relevance expression over `c`, returned as "searchScore" (which `order` may then name).
export function selectCaseRows(prisma: PrismaClient, where: Prisma.Sql[], order: Prisma.Sql, limit: number, score?: Prisma.Sql): Promise<Row[]> {
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
           c."resolutionDueAt", c."lastInboundAt", ct.signals, c.rating, th.text AS "postTitle",
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
      LEFT JOIN threads th ON th.id = c."threadId"
     ORDER BY ${order}`;
}

export function toItem(r: Row): CaseListItem {
  return {
    id: r.id, number: r.number, status: r.status, priority: r.priority, preview: r.preview, tags: r.tags,
    language: r.language, openedAt: r.openedAt, lastMessageAt: r.lastMessageAt,
    firstResponseDueAt: r.firstResponseDueAt, firstRespondedAt: r.firstRespondedAt,
    reopenCount: r.reopenCount, snoozedUntil: r.snoozedUntil, incidentId: r.incidentId, incidentTitle: r.incidentTitle, messageCount: r.messageCount,
    channel: { id: r.channelId, name: r.channelName, platform: r.platform, kind: r.channelKind },
    author: { contactId: r.contactId, name: r.authorName, handle: r.handle, followerCount: r.followerCount },
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null,
    sla: slaClockOf({ ...r, status: r.status }),
    signals: r.signals, rating: r.rating, postTitle: r.postTitle,
  };
}
