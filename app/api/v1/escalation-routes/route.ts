import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { getEscalationRoutes, setEscalationRoutes } from "@/lib/escalations/escalation-routes";
import { escalationRoutesInput } from "@/lib/escalations/schemas";
import { getPrisma } from "@/lib/server/db";

// The default customer-service team per escalation reason (null: the shared queue). Every member may read it
// (the escalate form pre-selects it); leads and admins change some or all reasons with PUT.
export const GET = withMember(async (_req, member) => json({ data: await getEscalationRoutes(await getPrisma(), member.workspaceId) }));

export const PUT = withMember(async (req, member) => {
  assertCan(member.role, "desk.settings");
  const input = escalationRoutesInput.parse(await req.json().catch(() => undefined));
  return json({ data: await setEscalationRoutes(await getPrisma(), member, input) });
});

export const DELETE = methodNotAllowed("GET, PUT");
