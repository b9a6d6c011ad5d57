// The same patch on many cases. Each case is its own transaction: one refused transition (or one case out
// of scope) does not undo the others, and the answer says which went through. Each case's after-commit work
// (a resolve's satisfaction question) is enqueued as that case commits, as for a single update.
import type { PrismaClient } from "../generated/prisma/client";
import type { EnqueueDelivery } from "../jobs/after-commit";
import type { Member } from "../auth/member";
import { DomainError } from "../errors/domain-errors";
import type { CasePatch } from "./schemas";
import { updateCase } from "./update-case";

export async function bulkUpdateCases(prisma: PrismaClient, member: Member, caseIds: string[], patch: CasePatch, enqueueDelivery: EnqueueDelivery) {
  const results: { id: string; ok: boolean; error?: string }[] = [];
  for (const id of caseIds) {
    try {
      await updateCase(prisma, member, id, patch, enqueueDelivery);
      results.push({ id, ok: true });
    } catch (err) {
      // A role that may not update cases is refused as a whole (403), not case by case.
      if (!(err instanceof DomainError) || err.kind === "forbidden") throw err;
      results.push({ id, ok: false, error: err.message });
    }
  }
  return results;
}
