// The satisfaction questions of a case's current round (R6, issue #18 §4): the question sent when it was last
// resolved (audit SATISFACTION_CHECK_SENT on its message) and the one clarifying question asked after an unclear
// answer (audit CUSTOMER_ANSWER_UNCLEAR with data.questionMessageId). A customer's message only ANSWERS the check
// once one of these questions was actually delivered (deliveryStatus SENT): before that, a "oui merci" is not a
// yes to a question they never saw (it may be about our reply, or about nothing), so it confirms nothing.
import type { Prisma } from "../generated/prisma/client";

export interface SatisfactionRound {
  /** The question messages of this round, the first one first. */
  questionIds: string[];
  /** One of them reached the customer. */
  delivered: boolean;
  /** The clarifying question was already asked in this round (it is asked once only). */
  askedAgain: boolean;
}

type Db = Pick<Prisma.TransactionClient, "auditEvent" | "message">;

/** The current round of each case (cases never checked are absent). Two queries, whatever the number of cases. */
export async function satisfactionRounds(db: Db, caseIds: string[]): Promise<Map<string, SatisfactionRound>> {
  const rounds = new Map<string, SatisfactionRound>();
  if (caseIds.length === 0) return rounds;
  const events = await db.auditEvent.findMany({
    where: { caseId: { in: caseIds }, action: { in: ["SATISFACTION_CHECK_SENT", "CUSTOMER_ANSWER_UNCLEAR"] } },
    orderBy: { id: "asc" },
    select: { caseId: true, action: true, entityType: true, entityId: true, data: true },
  });
  for (const e of events) {
    if (e.action === "SATISFACTION_CHECK_SENT") {
      // A new resolution opens a new round: earlier questions no longer count.
      rounds.set(e.caseId!, { questionIds: e.entityType === "message" ? [e.entityId] : [], delivered: false, askedAgain: false });
      continue;
    }
    const round = rounds.get(e.caseId!);
    const asked = (e.data as { questionMessageId?: unknown } | null)?.questionMessageId;
    if (round && typeof asked === "string") {
      round.questionIds.push(asked);
      round.askedAgain = true;
    }
  }
  const ids = [...rounds.values()].flatMap((r) => r.questionIds);
  const sent = new Set(
    (await db.message.findMany({ where: { id: { in: ids }, deliveryStatus: "SENT" }, select: { id: true } })).map((m) => m.id),
  );
  for (const r of rounds.values()) r.delivered = r.questionIds.some((id) => sent.has(id));
  return rounds;
}

/**
 * Every message the desk sent as a satisfaction question of these cases, in any round and any wording it had then
 * (the same audit events as satisfactionRounds: the check on its message, the clarifying question's id).
 */
export async function deskQuestionIds(db: Pick<Prisma.TransactionClient, "auditEvent">, caseIds: string[]): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const events = await db.auditEvent.findMany({
    where: { caseId: { in: caseIds }, action: { in: ["SATISFACTION_CHECK_SENT", "CUSTOMER_ANSWER_UNCLEAR"] } },
    select: { action: true, entityType: true, entityId: true, data: true },
  });
  const ids = new Set<string>();
  for (const e of events) {
    if (e.action === "SATISFACTION_CHECK_SENT" && e.entityType === "message") ids.add(e.entityId);
    const asked = (e.data as { questionMessageId?: unknown } | null)?.questionMessageId;
    if (e.action === "CUSTOMER_ANSWER_UNCLEAR" && typeof asked === "string") ids.add(asked);
  }
  return ids;
}
