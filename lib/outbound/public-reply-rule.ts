// Who may answer a case in public. Customer service works escalated cases in private (the customer's order, address,
// refund); a public answer from them is for a case they have picked up — otherwise an agent browsing the queue could
// answer in public, under the brand's name, a case a community manager is handling. Pure: the reply use case
// enforces it and the case page uses it to offer (or not) "Public reply".
import type { Role } from "../generated/prisma/enums";

export interface EscalationRef { status: "PENDING" | "IN_PROGRESS" | "DONE" | "RETURNED"; assigneeId: string | null }

/** True when this member may send a public reply on a case with these escalations (platform limits aside). */
export function mayReplyPublicly(role: Role, userId: string, escalations: EscalationRef[]): boolean {
  if (role !== "CUSTOMER_SERVICE") return true;
  return escalations.some((e) => e.assigneeId === userId && (e.status === "IN_PROGRESS" || e.status === "DONE"));
}

/** The composer's first mode: customer service replies privately by default, everyone else publicly when they can. */
export function defaultReplyMode(role: Role, canPublic: boolean): "public" | "private" {
  return role === "CUSTOMER_SERVICE" || !canPublic ? "private" : "public";
}
