import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery, searchParamsObject } from "@/lib/cases/schemas";
import { withTypoRetry } from "@/lib/search/correct-typos";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const prisma = await getPrisma();
  // As in the inbox: a search that finds nothing is retried with look-alike words, and says so.
  const { query, searchedFor } = await withTypoRetry(prisma, member, listCasesQuery.parse(searchParamsObject(new URL(req.url).searchParams)));
  return json({ ...(await listCases(prisma, member, query)), searchedFor });
});

export const DELETE = methodNotAllowed("GET");
