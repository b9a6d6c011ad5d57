import { json, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { teamInput } from "@/lib/members/schemas";
import { createTeam } from "@/lib/teams/create-team";
import { listTeams } from "@/lib/teams/list-teams";
import { getPrisma } from "@/lib/server/db";

export const GET = withMember(async (req, member) => {
  const includeArchived = new URL(req.url).searchParams.get("archived") === "true";
  return json({ data: await listTeams(await getPrisma(), member, { includeArchived }) });
});

export const POST = withMember(async (req, member) => {
  assertCan(member.role, "teams.manage");
  const input = teamInput.parse(await req.json().catch(() => undefined));
  return json({ data: await createTeam(await getPrisma(), member, input) }, 201);
});
