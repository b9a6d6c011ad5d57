import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery, searchParamsObject } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const query = listCasesQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  return json(await listCases(await getPrisma(), member, query));
});

export const DELETE = methodNotAllowed("GET");
