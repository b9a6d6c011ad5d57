// What a customer's "yes" to the satisfaction check records (R6), shared by ingestion and the answer reader.
// A customer's message to a resolved or closed case whose check is PENDING is, when it is a satisfied answer,
// a confirmation, not a new complaint: ingestion (route-in-memory.ts) then closes the case
// as CONFIRMED in the message's own transaction instead of reopening it, so a confirmed case never counts a
// reopen (no reopenCount, no CASE_REOPENED, no clock restarted). Any other message (a complaint, a question,
// an unclear answer) reopens it as before and read-satisfaction-answer.ts reads it after commit.
// The verdict is classify-answer.ts's, the only classifier; the records below are the ones the reader writes.
// Only an answer to a question that was DELIVERED confirms (satisfaction-round.ts): while our question (or our
// reply) is still queued, a "oui merci" answers nothing, and the case reopens as for any other message.
import type { AuditInput } from "../audit/record-audit";
import { PLATFORM } from "../audit/record-audit";
import type { CaseStatus, Confirmation } from "../generated/prisma/enums";
import type { NewNotification } from "../notifications/notify";
import { classifyAnswer } from "./classify-answer";

/** The CSAT a message confirms the case with, or null when it does not confirm it (it then reopens it). */
export function confirmingAnswer(
  c: { status: CaseStatus; confirmation: Confirmation | null; questionDelivered?: boolean },
  body: string,
): { csat: number } | null {
  if (c.confirmation !== "PENDING" || (c.status !== "RESOLVED" && c.status !== "CLOSED")) return null;
  if (c.questionDelivered !== true) return null;
  const answer = classifyAnswer(body);
  return answer.verdict === "satisfied" ? { csat: answer.csat } : null;
}

/** The audit events of a confirmation by message `messageId`: the customer's word, and the close if it closes. */
export function confirmationAudits(
  a: { workspaceId: string; caseId: string; messageId: string; csat: number; from: CaseStatus },
): AuditInput[] {
  const base = { workspaceId: a.workspaceId, actor: PLATFORM, caseId: a.caseId } as const;
  return [
    { ...base, action: "CUSTOMER_CONFIRMED", entityType: "message", entityId: a.messageId, data: { csat: a.csat } },
    ...(a.from === "CLOSED" ? [] : [{
      ...base, action: "CASE_STATUS_CHANGED" as const, entityType: "case" as const, entityId: a.caseId,
      data: { from: a.from, to: "CLOSED", reason: "customer_confirmed" },
    }]),
  ];
}

/** The owner's notification of an answer (idempotent per message: a replayed batch does not notify twice). */
export function answerNotifications(
  ownerIds: string[],
  a: { kind: "CUSTOMER_CONFIRMED" | "CUSTOMER_DISPUTED" | "CUSTOMER_ANSWER_UNCLEAR"; caseId: string; number: number; messageId: string; csat: number | null; text?: string },
): NewNotification[] {
  return ownerIds.map((userId) => ({
    userId, kind: a.kind, caseId: a.caseId, data: { number: a.number, csat: a.csat, ...(a.text !== undefined ? { text: a.text } : {}) }, dedupeKey: `answer:${a.messageId}`,
  }));
}
