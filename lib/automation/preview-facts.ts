// The cases a preview replays (issue #22 item 2), each as it was when the rule's event happened, so the preview
// counts what the rule would have done then. A new case (CASE_CREATED) is read with the messages of the batch that
// opened it, unassigned, untagged, in no incident, at the priority ingestion's scoring gave it then (lib/scoring's
// priorityFor over those messages' scores and the author's signals). MESSAGE_RECEIVED reads each customer message of
// the case batch by batch (./preview-rule.ts plays each ingestion batch as an event, as it came); other triggers read the case as it is now
// with its latest customer message. Streamed by keyset pages: a 30-day preview over 200,000 cases never holds
// them all at once.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { RuleTrigger } from "../generated/prisma/enums";
import type { CaseFacts } from "./case-facts";
import { wordsOf } from "./match-words";
import { priorityFor } from "../scoring/author-signals";

const PAGE = 2000;
/** Messages stored within this long of the case are its opening batch (ingestion writes a batch in one go). */
export const OPENING_BATCH_MS = 5_000;
const OPENING_BATCH = `${OPENING_BATCH_MS / 1000} seconds`;

interface Row {
  id: string; workspaceId: string; number: number; status: string; priority: string; channelId: string; platform: string;
  language: string | null; sentiment: number | null; tags: string[]; teamId: string | null; assigneeId: string | null;
  incidentId: string | null; contactId: string; signals: string[]; followers: number | null; openedAt: Date; preview: string;
  firstRespondedAt: Date | null; lastMessageAt: Date; slaDueAt: Date | null;
  messages: { id: string; body: string; visibility: string; externalId: string | null; sentiment: number | null; urgency: number | null; at: string; storedAt: string }[] | null;
}

export type PreviewFacts = Omit<CaseFacts, "messages"> & { preview: string; messages: (CaseFacts["messages"][number] & { storedAt: Date })[] };

// json_build_object writes a timestamp without its zone; the database stores UTC.
const utc = (s: string) => new Date(/(Z|[+-]\d\d:?\d\d)$/i.test(s) ? s : `${s}Z`);

export async function* previewFacts(prisma: PrismaClient, workspaceId: string, trigger: RuleTrigger, since: Date): AsyncGenerator<PreviewFacts[]> {
  const opening = trigger === "CASE_CREATED";
  let after: { openedAt: Date; id: string } | null = null;
  for (;;) {
    const perMessage = trigger === "MESSAGE_RECEIVED";
    const cursor: Prisma.Sql = after ? Prisma.sql`AND (c."openedAt", c.id) > (${after.openedAt}, ${after.id})` : Prisma.empty;
    const rows: Row[] = await prisma.$queryRaw<Row[]>`
      SELECT c.id, c."workspaceId", c.number, c.status::text AS status, c."channelId",
             c.priority::text AS priority,
             ch.platform::text AS platform, c.language, c.sentiment, c.tags, c."teamId", c."assigneeId", c."incidentId",
             c."contactId", ct.signals, c."openedAt", c.preview, c."firstRespondedAt", c."lastMessageAt", c."slaDueAt",
             (SELECT max(ci."followerCount") FROM contact_identities ci WHERE ci."contactId" = c."contactId")::int AS followers,
             (SELECT json_agg(json_build_object('id', m.id, 'body', m.body, 'visibility', m.visibility, 'externalId', m."externalId",
                                                'sentiment', m.sentiment, 'urgency', m.urgency, 'at', m."platformCreatedAt", 'storedAt', m."createdAt") ORDER BY m."platformCreatedAt", m.id)
                FROM (SELECT * FROM messages m0
                       WHERE m0."caseId" = c.id AND m0.direction = 'INBOUND' AND NOT m0.staff
                         AND (${opening} = false OR m0."createdAt" <= c."createdAt" + ${OPENING_BATCH}::interval)
                       ORDER BY m0."platformCreatedAt" DESC, m0.id DESC LIMIT CASE WHEN ${opening} OR ${perMessage} THEN 50 ELSE 1 END) m) AS messages
        FROM cases c JOIN channels ch ON ch.id = c."channelId" JOIN contacts ct ON ct.id = c."contactId"
       WHERE c."workspaceId" = ${workspaceId} AND c."openedAt" >= ${since} ${cursor}
       ORDER BY c."openedAt", c.id
       LIMIT ${PAGE}`;
    if (rows.length === 0) return;
    yield rows.map((r) => {
      const messages = (r.messages ?? []).map((m) => ({ ...m, at: utc(m.at), storedAt: utc(m.storedAt) }));
      const text = messages.map((m) => m.body).join("\n");
      const base = { ...r, caseId: r.id, messages, text, words: wordsOf(text) };
      if (!opening && !perMessage) return base;
      // A message event raises the priority itself (./preview-rule.ts), as each message's scoring did.
      const priority = opening ? scoredPriority("NORMAL", r.signals, r.messages ?? []) : "NORMAL";
      return { ...base, status: "NEW", priority, tags: [], teamId: null, assigneeId: null, incidentId: null };
    });
    const last = rows.at(-1)!;
    after = { openedAt: last.openedAt, id: last.id };
    if (rows.length < PAGE) return;
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
