import { json, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { workspaceInput } from "@/lib/members/schemas";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";
import { getPrisma } from "@/lib/server/db";

// The caller's workspaces; `current` is the one this request acts in (a token's own workspace).
export const GET = withMember(async (_req, member) => {
  const list = await listMyWorkspaces(await getPrisma(), member.userId);
  return json({ data: list.map((w) => ({ ...w, current: w.id === member.workspaceId })) });
});

export const POST = withMember(async (req, member) => {
  assertCan(member.role, "workspaces.create");
  const input = workspaceInput.parse(await req.json().catch(() => undefined));
  return json({ data: await createWorkspace(await getPrisma(), member, input) }, 201);
});
