// PATCH /api/v1/escalations/{id}: one action, dispatched to its use case.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { pickUpEscalation } from "./pick-up-escalation";
import { proposeSolution } from "./propose-solution";
import { reassignEscalation } from "./reassign-escalation";
import { returnEscalation } from "./return-escalation";
import type { EscalationPatch } from "./schemas";

export function updateEscalation(prisma: PrismaClient, member: Member, id: string, patch: EscalationPatch) {
  switch (patch.action) {
    case "pick_up":
      return pickUpEscalation(prisma, member, id);
    case "propose_solution":
      return proposeSolution(prisma, member, id, patch.solution);
    case "return":
      return returnEscalation(prisma, member, id, patch.reason);
    case "reassign":
      return reassignEscalation(prisma, member, id, { assigneeId: patch.assigneeId, teamId: patch.teamId });
  }
}
