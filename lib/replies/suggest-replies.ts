// Replies suggested from the team's own history (issue #24 §3): on a case, up to three replies the team wrote to
// other customers whose complaint is most like this one (similar-complaints.ts), in the same language,
// preferring among alike complaints those the customer confirmed as resolved and rated well. Each comes with
// where it came from, is personalised (personalise-reply.ts), and is never one already sent in this thread
// (R3). Offline, both databases; the composer puts a chosen one in the draft, where the guards check it like
// any text. Measured by `npm run eval:suggest` (tests/suggest-eval).
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeWhere } from "../cases/case-scope";
import { notFound } from "../errors/domain-errors";
import { fold } from "../text/fold";
import { DICTIONARIES } from "../i18n/messages";
import { deskQuestionIds } from "../resolution/satisfaction-round";
import { personaliseReply } from "./personalise-reply";
import { similarity, termWeights } from "../text/weighted-terms";
import { complaintTerms, type ComplaintTerms } from "./similar-complaints";

export type SuggestionOutcome = "confirmed" | "resolved" | "answered";
export interface ReplySuggestion {
  text: string;
  sourceCaseId: string;
  sourceCaseNumber: number;
  sentAt: Date;
  outcome: SuggestionOutcome;
  csat: number | null;
  score: number;
}

/** Replies looked at: the most recent ones, enough for a team's current answers, cheap to read. */
const CANDIDATES = 400;
/** Below this similarity a complaint is about something else (tuned on the development half of the corpus). */
const MIN_SIMILARITY = 0.15;
/** How much the outcome (confirmed 2, resolved 1; CSAT ±1) counts beside similarity: it orders alike complaints. */
const OUTCOME_WEIGHT = 0.05;

interface Candidate {
  id: string; body: string; caseId: string; number: number; sentAt: Date; status: string; confirmation: string | null;
  csat: number | null; complaint: string | null; customerName: string | null;
}

function outcomeOf(c: Candidate): SuggestionOutcome {
  if (c.confirmation === "CONFIRMED") return "confirmed";
  return c.status === "RESOLVED" || c.status === "CLOSED" ? "resolved" : "answered";
}

function scoreOf(c: Candidate, newest: number): number {
  const outcome = { confirmed: 2, resolved: 1, answered: 0 }[outcomeOf(c)];
  const rating = c.csat == null ? 0 : c.csat >= 4 ? 1 : c.csat <= 2 ? -1 : 0;
  // Recency only breaks ties: a month older costs a tenth of a point.
  return outcome + rating - (newest - c.sentAt.getTime()) / (30 * 86_400_000) / 10;
}

export async function suggestReplies(prisma: PrismaClient, member: Member, caseId: string, limit = 3): Promise<ReplySuggestion[]> {
  // Scoped load of what is needed, not the whole case page (its timeline costs more than the suggestion).
  const found = await prisma.case.findFirst({
    where: { id: caseId, ...caseScopeWhere(member) },
    select: {
      workspaceId: true, language: true, contact: { select: { displayName: true } },
      workspace: { select: { satisfactionQuestionFr: true, satisfactionQuestionEn: true } },
    },
  });
  if (!found) throw notFound("Case");
  const language = found.language === "en" ? "en" : "fr";
  const thread = await prisma.message.findMany({
    where: { caseId, kind: { not: "NOTE" } }, orderBy: { platformCreatedAt: "asc" },
    select: { direction: true, body: true, staff: true },
  });
  const complaint = thread.filter((m) => m.direction === "INBOUND" && !m.staff).slice(0, 3).map((m) => m.body).join("\n");
  const query = complaintTerms(complaint, language);
  // No problem and no concept read: praise, a question, small talk; nothing to learn from other complaints.
  if (![...query].some((t) => !t.startsWith("t:"))) return [];
  const alreadySent = new Set(thread.filter((m) => m.direction === "OUTBOUND").map((m) => fold(m.body)));
  // The desk's own questions (the satisfaction check and its one clarifying question) precede every confirmed
  // resolution, so they would rank first; they answer no complaint, and the desk sends them itself. Those it sent
  // are known by id (deskQuestionIds, whatever their wording then); the current wordings also catch one pasted by hand.
  const deskQuestions = new Set([found.workspace.satisfactionQuestionFr, found.workspace.satisfactionQuestionEn,
    DICTIONARIES.fr["desk.clarify.question"], DICTIONARIES.en["desk.clarify.question"]].map(fold));

  // Newest stored first, in the case's language: a reply carries its case's language from when it was written,
  // and a partial index (migration 20261210100000_reply_language) holds exactly these replies in that order.
  const sameLanguage = found.language ? Prisma.sql`m.language = ${found.language}` : Prisma.sql`m.language IS NULL`;
  const rows = await prisma.$queryRaw<Candidate[]>`
    SELECT m.id, m.body, c.id AS "caseId", c.number, m."platformCreatedAt" AS "sentAt", c.status::text AS status,
           c.confirmation::text AS confirmation, c.csat, ct."displayName" AS "customerName",
           (SELECT string_agg(i.body, E'\n' ORDER BY i."platformCreatedAt") FROM (
              SELECT body, "platformCreatedAt" FROM messages i WHERE i."caseId" = c.id AND i.direction = 'INBOUND'
                 AND NOT i.staff ORDER BY i."platformCreatedAt" LIMIT 3) i) AS complaint
      FROM messages m JOIN cases c ON c.id = m."caseId" JOIN contacts ct ON ct.id = c."contactId"
     WHERE m."workspaceId" = ${found.workspaceId} AND m."caseId" <> ${caseId} AND m.direction = 'OUTBOUND'
       AND m."authorUserId" IS NOT NULL AND m.kind <> 'NOTE' AND m."deliveryStatus" = 'SENT'
       AND ${sameLanguage} AND c.confirmation IS DISTINCT FROM 'DISPUTED'
     ORDER BY m."createdAt" DESC LIMIT ${CANDIDATES}`;
  const asked = await deskQuestionIds(prisma, [...new Set(rows.map((r) => r.caseId))]);
  const newest = Math.max(0, ...rows.map((r) => r.sentAt.getTime()));
  // One reading per candidate case (a case may hold several replies); rarity is counted over them.
  const docs = new Map<string, ComplaintTerms>();
  for (const r of rows) if (r.complaint && !docs.has(r.caseId)) docs.set(r.caseId, complaintTerms(r.complaint, language));
  const weights = termWeights([...docs.values()]);
  const rare = Math.log(docs.size + 1);
  const offered = new Set<string>();
  const out: ReplySuggestion[] = [];
  const ranked = rows
    .filter((r) => docs.has(r.caseId) && !asked.has(r.id) && !deskQuestions.has(fold(r.body)))
    .map((r) => ({ r, alike: similarity(query, docs.get(r.caseId)!, weights, rare) }))
    .filter((x) => x.alike >= MIN_SIMILARITY)
    .map(({ r, alike }) => ({ r, score: alike + OUTCOME_WEIGHT * scoreOf(r, newest) }))
    .sort((a, b) => b.score - a.score);
  for (const { r, score } of ranked) {
    const text = personaliseReply(r.body, { name: r.customerName }, { name: found.contact.displayName, language });
    if (!text || alreadySent.has(fold(text)) || alreadySent.has(fold(r.body)) || offered.has(fold(text))) continue;
    offered.add(fold(text));
    out.push({ text, sourceCaseId: r.caseId, sourceCaseNumber: r.number, sentAt: r.sentAt, outcome: outcomeOf(r), csat: r.csat, score: Math.round(score * 100) / 100 });
    if (out.length === limit) break;
  }
  return out;
}
