import { methodNotAllowed, json, withMember } from "@/lib/api/handler";
import { searchParamsObject } from "@/lib/cases/schemas";
import { listAlerts } from "@/lib/radar/list-alerts";
import { listAlertsQuery } from "@/lib/radar/schemas";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const q = listAlertsQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  return json({ data: await listAlerts(await getPrisma(), member, q) });
});

export const DELETE = methodNotAllowed("GET");
