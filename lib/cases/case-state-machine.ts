// The one explicit state machine for cases. People move cases along these edges; a new customer message
// reopens a resolved or closed case on its own (lib/ingest/route-in-memory.ts). No other transition exists.
import type { CaseStatus } from "../generated/prisma/enums";

export const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  NEW: ["OPEN", "WAITING_ON_CUSTOMER", "ESCALATED", "CLOSED"],
  OPEN: ["WAITING_ON_CUSTOMER", "ESCALATED", "RESOLVED", "CLOSED"],
  WAITING_ON_CUSTOMER: ["OPEN", "ESCALATED", "RESOLVED", "CLOSED"],
  ESCALATED: ["OPEN", "WAITING_ON_CUSTOMER", "RESOLVED"],
  RESOLVED: ["OPEN", "CLOSED"],
  CLOSED: ["OPEN"],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
