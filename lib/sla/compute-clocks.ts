// The three SLA clocks of a case (R2), as due instants, from its timeline. Pure: the same inputs give the same
// dates, so any past period can be recomputed from the stored messages and status events.
//  - first response: from the customer's first message (platform time) until our first visible answer;
//  - next response: from a customer message that follows our latest answer;
//  - resolution: from the first message, paused while the case waits on the customer.
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from "./business-time";
import type { SlaPolicyInput, SlaPriority } from "./schemas";

export interface CaseTimeline {
  priority: SlaPriority;
  openedAt: Date;
  firstRespondedAt: Date | null;
  lastInboundAt: Date | null;
  /** Our latest answer the customer can see (public or private reply), if any. */
  lastAnsweredAt: Date | null;
  /** Periods spent in WAITING_ON_CUSTOMER; `to` null while still waiting. */
  waiting: { from: Date; to: Date | null }[];
}

export interface SlaClocks {
  firstResponseDueAt: Date;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date;
  /** Business minutes the resolution clock was paused. */
  pausedMinutes: number;
}

export function computeClocks(policy: SlaPolicyInput, c: CaseTimeline, now: Date): SlaClocks {
  const cal: BusinessCalendar = policy;
  const t = policy.targets[c.priority];
  const pausedMinutes = c.waiting.reduce((sum, w) => sum + businessMinutesBetween(cal, w.from, w.to ?? now), 0);
  const answered = c.lastAnsweredAt ?? c.firstRespondedAt;
  const nextResponseDueAt =
    c.firstRespondedAt && c.lastInboundAt && answered && c.lastInboundAt > answered
      ? addBusinessMinutes(cal, c.lastInboundAt, t.nextResponse)
      : null;
  return {
    firstResponseDueAt: addBusinessMinutes(cal, c.openedAt, t.firstResponse),
    nextResponseDueAt,
    resolutionDueAt: addBusinessMinutes(cal, c.openedAt, t.resolution + pausedMinutes),
    pausedMinutes,
  };
}

/** Status-change events (oldest first) + the customer's message times → the periods spent waiting on them. */
export function waitingPeriods(
  changes: { at: Date; to: string }[],
  inboundTimes: Date[],
): { from: Date; to: Date | null }[] {
  const out: { from: Date; to: Date | null }[] = [];
  for (let i = 0; i < changes.length; i++) {
    const ch = changes[i]!;
    if (ch.to !== "WAITING_ON_CUSTOMER") continue;
    const nextChange = changes[i + 1]?.at ?? null;
    // Ingestion moves a waiting case back to OPEN when the customer writes (without a status event).
    const answer = inboundTimes.find((t) => t > ch.at) ?? null;
    const ends = [nextChange, answer].filter((d): d is Date => d !== null);
    out.push({ from: ch.at, to: ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null });
  }
  return out;
}
