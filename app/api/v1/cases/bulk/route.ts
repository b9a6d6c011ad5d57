import { json, withMember } from "@/lib/api/handler";
import { bulkUpdateCases } from "@/lib/cases/bulk-update-cases";
import { bulkPatch } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueueDelivery } from "@/lib/server/jobs";

// PATCH { caseIds, patch }: the same change on many cases; each result says whether it went through.
export const PATCH = withMember(async (req, member) => {
  const { caseIds, patch } = bulkPatch.parse(await req.json().catch(() => undefined));
  return json({ data: await bulkUpdateCases(await getPrisma(), member, caseIds, patch, enqueueDelivery) });
});
