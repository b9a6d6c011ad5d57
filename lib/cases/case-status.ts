// Case status groups shared by ingestion, the inbox and the API.
import type { CaseStatus } from "../generated/prisma/enums";

export const CASE_STATUSES = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED", "RESOLVED", "CLOSED"] as const;

/** A case the customer is still waiting on us for (or we on them): new messages join it. */
export const ACTIVE_STATUSES: CaseStatus[] = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED"];

export function isActive(status: CaseStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}
