import { json, withMember } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/cases/schemas";
import { listEscalations } from "@/lib/escalations/list-escalations";
import { listEscalationsQuery } from "@/lib/escalations/schemas";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const q = listEscalationsQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  return json(await listEscalations(await getPrisma(), member, q));
});
