// What a rule's conditions read about a case (issue #22), loaded set-based for a whole batch: two queries,
// whatever the number of cases and rules. The text a rule reads is the triggering messages' (the new message,
// or all of a new case's), else the latest customer message; staff messages are never a customer's word.
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { TextWord } from "./match-words";

type Db = PrismaClient | Prisma.TransactionClient;

export interface CaseFacts {
  caseId: string;
  workspaceId: string;
  number: number;
  status: string;
  priority: string;
  channelId: string;
  platform: string;
  language: string | null;
  sentiment: number | null;
  /** A review's stars now (null for everything else). */
  rating: number | null;
  tags: string[];
  teamId: string | null;
  assigneeId: string | null;
  incidentId: string | null;
  contactId: string;
  signals: string[];
  followers: number | null;
  openedAt: Date;
  /** For time rules (./time-conditions.ts). */
  firstRespondedAt: Date | null;
  lastMessageAt: Date;
  slaDueAt: Date | null;
  /** The messages the rule reads, oldest first. */
  messages: { id: string; body: string; visibility: string; externalId: string | null; sentiment: number | null; at: Date }[];
  /** Whether the triggering batch opened this case (all its messages are that batch's): when asked (`openedBy`). */
  opened?: boolean;
  /** All those messages' words, for "text contains": computed on first use (evaluate-rule.ts), then shared by every rule. */
  words?: TextWord[];
  text: string;
}

interface CaseRow {
  id: string; workspaceId: string; number: number; status: string; priority: string; channelId: string; platform: string;
  language: string | null; sentiment: number | null; rating: number | null; tags: string[]; teamId: string | null; assigneeId: string | null;
  incidentId: string | null; contactId: string; signals: string[]; followers: number | null; openedAt: Date;
  firstRespondedAt: Date | null; lastMessageAt: Date; slaDueAt: Date | null; opened: boolean | null;
}
interface MessageRow { id: string; caseId: string; body: string; visibility: string; externalId: string | null; sentiment: number | null; at: Date }

export interface FactsOptions {
  /** Read the authors' follower counts (only when a rule reads them: a sub-query per case). */
  followers?: boolean;
  /** The triggering batch's message ids: each case then says whether this batch opened it (`opened`). */
  openedBy?: string[];
}

/**
 * Facts of the given cases. `messageIds`: the triggering messages per case; a case without any reads its latest
 * customer message.
 */
export async function loadCaseFacts(db: Db, caseIds: string[], messageIds: Map<string, string[]> = new Map(), opts: FactsOptions = {}): Promise<CaseFacts[]> {
  if (caseIds.length === 0) return [];
  const followers = opts.followers
    ? Prisma.sql`(SELECT max(ci."followerCount") FROM contact_identities ci WHERE ci."contactId" = c."contactId")::int`
    : Prisma.sql`NULL::int`;
  const opened = opts.openedBy
    ? Prisma.sql`NOT EXISTS (SELECT 1 FROM messages m WHERE m."caseId" = c.id AND NOT (m.id = ANY(${opts.openedBy}::text[])))`
    : Prisma.sql`NULL::boolean`;
  const rows = await db.$queryRaw<CaseRow[]>`
    SELECT c.id, c."workspaceId", c.number, c.status::text AS status, c.priority::text AS priority, c."channelId",
           ch.platform::text AS platform, c.language, c.sentiment, c.rating, c.tags, c."teamId", c."assigneeId", c."incidentId",
           c."contactId", ct.signals, c."openedAt", c."firstRespondedAt", c."lastMessageAt", c."slaDueAt",
           ${followers} AS followers, ${opened} AS opened
      FROM cases c JOIN channels ch ON ch.id = c."channelId" JOIN contacts ct ON ct.id = c."contactId"
     WHERE c.id = ANY(${caseIds}::text[])`;
  const given = [...messageIds.values()].flat();
  const latestFor = caseIds.filter((id) => !(messageIds.get(id)?.length));
  const msgs: MessageRow[] = [];
  if (given.length > 0) {
    msgs.push(...await db.$queryRaw<MessageRow[]>`
      SELECT m.id, m."caseId", m.body, m.visibility::text AS visibility, m."externalId", m.sentiment, m."platformCreatedAt" AS at
        FROM messages m WHERE m.id = ANY(${given}::text[]) AND m.direction = 'INBOUND' AND NOT m.staff
       ORDER BY m."platformCreatedAt", m.id`);
  }
  if (latestFor.length > 0) {
    msgs.push(...await db.$queryRaw<MessageRow[]>`
      SELECT DISTINCT ON (m."caseId") m.id, m."caseId", m.body, m.visibility::text AS visibility, m."externalId", m.sentiment, m."platformCreatedAt" AS at
        FROM messages m WHERE m."caseId" = ANY(${latestFor}::text[]) AND m.direction = 'INBOUND' AND NOT m.staff
       ORDER BY m."caseId", m."platformCreatedAt" DESC, m.id DESC`);
  }
  const byCase = new Map<string, MessageRow[]>();
  for (const m of msgs) byCase.set(m.caseId, [...(byCase.get(m.caseId) ?? []), m]);
  return rows.map((r) => {
    const messages = byCase.get(r.id) ?? [];
    const text = messages.map((m) => m.body).join("\n");
    return { ...r, caseId: r.id, messages, text, opened: r.opened ?? undefined };
  });
}
