// Case status groups shared by ingestion, the inbox and the API.
import type { CaseStatus } from "../generated/prisma/enums";

export const CASE_STATUSES = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED", "RESOLVED", "CLOSED"] as const;

/** A case the customer is still waiting on us for (or we on them): new messages join it. */
export const ACTIVE_STATUSES: CaseStatus[] = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED"];

export function isActive(status: CaseStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/**
 * With the brand's own desk: not escalated to customer service, not resolved or closed. What "no reply needed"
 * may close (./no-reply-rule.ts) and what a snooze may put aside (./snooze-rule.ts): one list, so the two never drift.
 */
export const DESK_STATUSES = ["NEW", "OPEN", "WAITING_ON_CUSTOMER"] as const;

export const onTheDesk = (status: string) => (DESK_STATUSES as readonly string[]).includes(status);
