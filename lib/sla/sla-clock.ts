// Which SLA clock a case shows in lists (R2): the earliest one still running, when it started, and whether it
// is paused (waiting on the customer). Pure; used by the inbox rows and the dashboard lists.
export interface SlaClock {
  kind: "first_response" | "next_response" | "resolution" | null;
  /** ISO instants; null when no clock runs (answered and resolved, or no policy). */
  dueAt: string | null;
  startAt: string | null;
  paused: boolean;
  answered: boolean;
}

interface CaseClocks {
  status: string;
  openedAt: Date;
  lastInboundAt: Date | null;
  firstRespondedAt: Date | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaDueAt: Date | null;
}

const ACTIVE = new Set(["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED"]);

export function slaClockOf(c: CaseClocks): SlaClock {
  const answered = c.firstRespondedAt !== null;
  const none: SlaClock = { kind: null, dueAt: null, startAt: null, paused: false, answered };
  if (!ACTIVE.has(c.status)) return none;
  if (c.status === "WAITING_ON_CUSTOMER" && answered) return { ...none, paused: true };
  const due = c.slaDueAt?.getTime();
  if (due === undefined) return none;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  if (!answered && c.firstResponseDueAt?.getTime() === due) {
    return { kind: "first_response", dueAt: iso(c.firstResponseDueAt), startAt: iso(c.openedAt), paused: false, answered };
  }
  if (c.nextResponseDueAt?.getTime() === due) {
    return { kind: "next_response", dueAt: iso(c.nextResponseDueAt), startAt: iso(c.lastInboundAt), paused: false, answered };
  }
  return { kind: "resolution", dueAt: iso(c.resolutionDueAt), startAt: iso(c.openedAt), paused: false, answered };
}
