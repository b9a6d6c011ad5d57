// R6: a hand-off alone never resolves. A case may be resolved only once every escalation on it has been handed
// back (with a solution, or returned as not customer service's). Called inside the case update.
import type { Prisma } from "../generated/prisma/client";
import { conflict } from "../errors/domain-errors";

export async function assertResolvable(db: Pick<Prisma.TransactionClient, "escalation">, caseId: string): Promise<void> {
  const waiting = await db.escalation.findFirst({
    where: { caseId, status: { in: ["PENDING", "IN_PROGRESS"] } },
    select: { id: true, reason: true, status: true },
  });
  if (waiting) {
    throw conflict(
      "escalation_without_solution",
      "This case cannot be resolved: its escalation to customer service has no solution yet. A hand-off alone never resolves a case.",
      { escalationId: waiting.id, reason: waiting.reason, status: waiting.status },
    );
  }
}
