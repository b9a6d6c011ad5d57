// Snooze (issue #26 item 4): when a case may be snoozed, and when a snooze is in effect.
// One rule read by the use case (./snooze-case.ts), the lists (./snooze-sql.ts is its SQL twin), the live inbox
// (lib/live/row-matches.ts) and the case page, so they never disagree. Pure: no server imports.
//
// The SLA decision (R2, "treat every complaint as urgent"): a snooze never pauses a clock and never hides a breach.
//  - Only a case we have answered, whose customer is not waiting on a newer message, may be snoozed: a complaint
//    still owed an answer cannot be put out of sight. What is left to wait on is the customer or a third party.
//  - The clocks keep running while it sleeps. The moment one runs out the snooze is over: the case is back in
//    the working views and in Late (so Late needs no snooze condition: a late case is never snoozed), the
//    sweep tells whoever snoozed it, and the SLA_BREACH notice fires as for any case.
//  - Snoozing a case already late is refused: it would only come straight back.
// Escalated cases cannot be snoozed: customer service holds them with its own clocks, and R6 says the owner
// does not hand off and forget; resolved and closed cases have nothing to wait for.
import { onTheDesk as snoozableStatus } from "./case-status";

export { DESK_STATUSES as SNOOZABLE_STATUSES } from "./case-status";
export { snoozableStatus };
export const MAX_SNOOZE_DAYS = 30;

export interface SnoozeFacts {
  status: string;
  firstRespondedAt: Date | null;
  /** Earliest running SLA clock (null: none runs, e.g. waiting on the customer). */
  slaDueAt: Date | null;
  lastInboundAt: Date | null;
  /** Our latest reply on the case (queued or sent), if any. */
  lastReplyAt: Date | null;
}

export type SnoozeRefusal = "invalid_transition" | "not_answered" | "customer_waiting" | "sla_late";

/** Why this case cannot be snoozed now, or null when it can (the until time is checked by the input schema). */
export function snoozeRefusal(c: SnoozeFacts, now: Date): SnoozeRefusal | null {
  if (!snoozableStatus(c.status)) return "invalid_transition";
  if (!c.firstRespondedAt) return "not_answered";
  if (c.lastInboundAt && (!c.lastReplyAt || c.lastInboundAt > c.lastReplyAt)) return "customer_waiting";
  if (c.slaDueAt && c.slaDueAt <= now) return "sla_late";
  return null;
}

/** Is a snooze in effect? Its time has not come, the case can still sleep, and no SLA clock has run out. */
export function isSnoozed(c: { status: string; snoozedUntil: Date | string | null; slaDueAt: Date | string | null }, now: Date | number): boolean {
  const t = typeof now === "number" ? now : now.getTime();
  if (!c.snoozedUntil || new Date(c.snoozedUntil).getTime() <= t || !snoozableStatus(c.status)) return false;
  return !c.slaDueAt || new Date(c.slaDueAt).getTime() >= t;
}

/** Why a snooze ended, for its audit event and notice. */
export type WakeReason = "time" | "sla" | "status" | "customer_wrote" | "manual";

export function wakeReason(c: { status: string; snoozedUntil: Date | null; slaDueAt: Date | null }, now: Date): WakeReason {
  if (!snoozableStatus(c.status)) return "status";
  if (c.slaDueAt && c.slaDueAt < now && (!c.snoozedUntil || c.slaDueAt < c.snoozedUntil)) return "sla";
  return "time";
}
