import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { handoffRoutesQuery } from "@/lib/handoff/schemas";
import { listHandoffRoutes } from "@/lib/handoff/list-handoff-routes";
import { searchParamsObject } from "@/lib/cases/schemas";
import { getPrisma } from "@/lib/server/db";

// The hand-off routes customers reported as not working (R10, issue #25), per route, kind of problem and week:
// GET ?days=7. Leads and admins (reports.view).
export const GET = withMember(async (req, member) => {
  const q = handoffRoutesQuery.parse(searchParamsObject(new URL(req.url).searchParams));
  return json({ data: await listHandoffRoutes(await getPrisma(), member, q) });
});

export const DELETE = methodNotAllowed("GET");
