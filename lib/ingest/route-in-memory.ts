// Threading: which case a new customer message belongs to. The only statement of the rule: every customer
// message is routed here (ingest-inbound-run.ts; a single message is a run of one). Pure, over cases already
// read (the contacts are locked by the caller), for a run of messages routed one after the other: each decision
// updates the state the next one sees, as the database would after each message. Rules, in order:
//  1. the author's active case on the same post/conversation;
//  2. for a private message, their latest active case anywhere in the workspace (a DM continues the public
//     complaint it follows);
//  3. their latest resolved or closed case on the thread (any thread for a private message): reopened (R6:
//     "resolved" is not the customer's word until they stop writing) — unless the message is the customer's
//     "yes" to its pending satisfaction check (confirm-on-answer.ts): then it closes as CONFIRMED instead;
//  4. otherwise a new case.
import { randomUUID } from "node:crypto";
import { ACTIVE_STATUSES } from "../cases/case-status";
import type { CaseStatus, Confirmation } from "../generated/prisma/enums";
import { confirmingAnswer } from "../resolution/confirm-on-answer";

export interface KnownCase {
  id: string;
  status: CaseStatus;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  contactId: string;
  threadId: string | null;
  /** The customer's word on its resolution (R6). */
  confirmation: Confirmation | null;
  /** A satisfaction question of its current round was delivered (satisfaction-round.ts): only then can it be confirmed. */
  questionDelivered?: boolean;
}

export type MemoryRouting =
  | { kind: "new"; caseId: string }
  | { kind: "join" | "reopen"; caseId: string; from: CaseStatus; current: KnownCase }
  /** The message confirms the case's pending satisfaction check: closed as CONFIRMED, not reopened. */
  | { kind: "confirm"; caseId: string; from: CaseStatus; current: KnownCase; csat: number };

const later = (a: KnownCase, b: KnownCase) => (b.lastMessageAt > a.lastMessageAt ? b : a);
const max = (a: Date | null, b: Date) => (a && a > b ? a : b);

export function routeInMemory(known: KnownCase[]) {
  const byContact = new Map<string, KnownCase[]>();
  for (const c of known) byContact.set(c.contactId, [...(byContact.get(c.contactId) ?? []), { ...c }]);
  const latest = (cases: KnownCase[], ok: (c: KnownCase) => boolean) => cases.filter(ok).reduce<KnownCase | null>((a, b) => (a ? later(a, b) : b), null);

  return function route(contactId: string, threadId: string, isPrivate: boolean, at: Date, body: string): MemoryRouting {
    const cases = byContact.get(contactId) ?? [];
    const active = (c: KnownCase) => ACTIVE_STATUSES.includes(c.status);
    const closed = (c: KnownCase) => c.status === "RESOLVED" || c.status === "CLOSED";
    let kind: "join" | "reopen" = "join";
    let target = latest(cases, (c) => active(c) && c.threadId === threadId);
    if (!target && isPrivate) target = latest(cases, active);
    if (!target) {
      target = latest(cases, (c) => closed(c) && (isPrivate || c.threadId === threadId));
      kind = "reopen";
    }
    if (!target) {
      const created: KnownCase = { id: randomUUID(), status: "NEW", lastMessageAt: at, lastInboundAt: at, contactId, threadId, confirmation: null };
      byContact.set(contactId, [...cases, created]);
      return { kind: "new", caseId: created.id };
    }
    const from = target.status;
    target.lastMessageAt = max(target.lastMessageAt, at);
    target.lastInboundAt = max(target.lastInboundAt, at);
    const confirms = kind === "reopen" ? confirmingAnswer(target, body) : null;
    if (confirms) {
      target.status = "CLOSED";
      target.confirmation = "CONFIRMED";
      return { kind: "confirm", caseId: target.id, from, current: target, csat: confirms.csat };
    }
    if (kind === "reopen" || from === "WAITING_ON_CUSTOMER") target.status = "OPEN";
    return { kind, caseId: target.id, from, current: target };
  };
}
