// The inbox's counts alone — one figure per saved view and the total behind the given filters — so an open
// inbox keeps its tabs current during a stream of changes without re-rendering the whole page.
import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { countCases, countViews } from "@/lib/cases/count-cases";
import { listCasesQuery, searchParamsObject } from "@/lib/cases/schemas";
import { withTypoRetry } from "@/lib/search/correct-typos";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const prisma = await getPrisma();
  // The total behind a mistyped search counts what the list shows: the search run instead (as the inbox page).
  const { query } = await withTypoRetry(prisma, member, listCasesQuery.parse(searchParamsObject(new URL(req.url).searchParams)));
  const now = new Date();
  const [views, total] = await Promise.all([countViews(prisma, member, now), countCases(prisma, member, query, now)]);
  return json({ data: { views, total } });
});

export const POST = methodNotAllowed("GET");
