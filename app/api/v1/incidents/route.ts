import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/cases/schemas";
import { listIncidents } from "@/lib/incidents/list-incidents";
import { listIncidentsQuery } from "@/lib/incidents/schemas";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const q = listIncidentsQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  return json({ data: await listIncidents(await getPrisma(), member, q) });
});

export const DELETE = methodNotAllowed("GET");
