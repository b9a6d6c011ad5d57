// The cases a preview replays (issue #22 item 2), each as it was when the rule's event happened, so the preview
// counts what the rule would have done then. A new case (CASE_CREATED) is read with the messages of the batch that
// opened it, unassigned, untagged, in no incident, at the priority ingestion's scoring gave it then (lib/scoring's
// priorityFor over those messages' scores and the author's signals). MESSAGE_RECEIVED reads each customer message of
// the case batch by batch (./preview-rule.ts plays each ingestion batch as an event, as it came); other triggers
// read the case as it is now with its latest customer message. Streamed by keyset pages: a 30-day preview over 200,000 cases never holds
// them all at once. (Without `followers`, the author's follower count reads as unknown: ask for it when a rule
// reads it.)
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { RuleTrigger } from "../generated/prisma/enums";
import type { CaseFacts } from "./case-facts";
import { priorityFor } from "../scoring/author-signals";

const PAGE = 10_000;
/** Messages stored within this long of the case are its opening batch (ingestion writes a batch in one go). */
export const OPENING_BATCH_MS = 5_000;

interface CaseRow {
  id: string; workspaceId: string; number: number; status: string; priority: string; channelId: string; platform: string;
  language: string | null; sentiment: number | null; rating: number | null; tags: string[]; teamId: string | null; assigneeId: string | null;
  incidentId: string | null; contactId: string; signals: string[]; openedAt: Date; createdAt: Date; preview: string;
  firstRespondedAt: Date | null; lastMessageAt: Date; slaDueAt: Date | null;
}
interface MessageRow {
  id: string; caseId: string; body: string; visibility: string; externalId: string | null; sentiment: number | null;
  urgency: number | null; at: Date; storedAt: Date;
}

export type PreviewFacts = Omit<CaseFacts, "messages"> & { preview: string; messages: (CaseFacts["messages"][number] & { storedAt: Date })[] };

/**
 * The window's cases, a page at a time. Three plain queries per page (cases; their customer messages; their
 * authors' follower counts when a rule reads them) rather than one with a sub-query per case: the database answers
 * a page in one index scan each, and the next page is read while the caller evaluates this one.
 */
export async function* previewFacts(prisma: PrismaClient, workspaceId: string, trigger: RuleTrigger, since: Date, opts: { followers?: boolean } = {}): AsyncGenerator<PreviewFacts[]> {
  const opening = trigger === "CASE_CREATED";
  const perMessage = trigger === "MESSAGE_RECEIVED";
  const fetchPage = async (after: { openedAt: Date; id: string } | null) => {
    const cursor: Prisma.Sql = after ? Prisma.sql`AND (c."openedAt", c.id) > (${after.openedAt}, ${after.id})` : Prisma.empty;
    const cases = await prisma.$queryRaw<CaseRow[]>`
      SELECT c.id, c."workspaceId", c.number, c.status::text AS status, c.priority::text AS priority, c."channelId",
             ch.platform::text AS platform, c.language, c.sentiment, c.rating, c.tags, c."teamId", c."assigneeId", c."incidentId",
             c."contactId", ct.signals, c."openedAt", c."createdAt", c.preview, c."firstRespondedAt", c."lastMessageAt", c."slaDueAt"
        FROM cases c JOIN channels ch ON ch.id = c."channelId" JOIN contacts ct ON ct.id = c."contactId"
       WHERE c."workspaceId" = ${workspaceId} AND c."openedAt" >= ${since} ${cursor}
       ORDER BY c."openedAt", c.id
       LIMIT ${PAGE}`;
    if (cases.length === 0) return { cases, messages: [] as MessageRow[], followers: new Map<string, number>() };
    const ids = cases.map((c) => c.id);
    const [messages, followers] = await Promise.all([
      prisma.$queryRaw<MessageRow[]>`
        SELECT m.id, m."caseId", m.body, m.visibility::text AS visibility, m."externalId", m.sentiment, m.urgency,
               m."platformCreatedAt" AS at, m."createdAt" AS "storedAt"
          FROM messages m WHERE m."caseId" = ANY(${ids}::text[]) AND m.direction = 'INBOUND' AND NOT m.staff
         ORDER BY m."caseId", m."platformCreatedAt", m.id`,
      opts.followers
        ? prisma.$queryRaw<{ contactId: string; n: number | null }[]>`
            SELECT "contactId", max("followerCount")::int AS n FROM contact_identities
             WHERE "contactId" = ANY(${[...new Set(cases.map((c) => c.contactId))]}::text[]) GROUP BY "contactId"`
        : Promise.resolve([]),
    ]);
    return { cases, messages, followers: new Map(followers.map((r) => [r.contactId, r.n ?? 0])) };
  };
  let pending = fetchPage(null);
  for (;;) {
    const { cases, messages, followers } = await pending;
    if (cases.length === 0) return;
    // The next page is read while the caller evaluates this one (the database and the rules overlap).
    const last = cases.at(-1)!;
    pending = cases.length < PAGE ? Promise.resolve({ cases: [], messages: [], followers: new Map() }) : fetchPage({ openedAt: last.openedAt, id: last.id });
    pending.catch(() => undefined); // a failure still throws when awaited
    const byCase = new Map<string, MessageRow[]>();
    for (const m of messages) {
      const list = byCase.get(m.caseId);
      if (list) list.push(m);
      else byCase.set(m.caseId, [m]);
    }
    yield cases.map((r) => {
      const all = byCase.get(r.id) ?? [];
      const mine = opening ? all.filter((m) => m.storedAt.getTime() <= r.createdAt.getTime() + OPENING_BATCH_MS) : perMessage ? all : all.slice(-1);
      const messages = mine; // (each keeps its caseId: harmless)
      const base = { ...r, caseId: r.id, followers: followers.get(r.contactId) ?? null, messages, text: messages.map((m) => m.body).join("\n") };
      if (!opening && !perMessage) return base;
      // A message event raises the priority itself (./preview-rule.ts), as each message's scoring did.
      const priority = opening ? scoredPriority("NORMAL", r.signals, messages) : "NORMAL";
      return { ...base, status: "NEW", priority, tags: [], teamId: null, assigneeId: null, incidentId: null };
    });
  }
}

const RANK: Record<string, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };

/** The priority after ingestion scored these messages: raised, never lowered (lib/scoring/score-after-ingest.ts). */
export function scoredPriority(current: string, signals: string[], messages: { sentiment: number | null; urgency?: number | null }[]): string {
  let p = current;
  for (const m of messages) {
    if (m.sentiment === null || m.urgency == null) continue;
    const raise = priorityFor(signals, { sentiment: m.sentiment, urgency: m.urgency });
    if (raise && RANK[raise]! > RANK[p]!) p = raise;
  }
  return p;
}
