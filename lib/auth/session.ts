// The signed-in member for pages and server actions. Pages call requireMember(permission): no session →
// sign-in page; wrong role → the "not allowed" page.
import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getPrisma } from "../server/db";
import { authOptions } from "./auth-options";
import { loadMember, type Member } from "./member";
import { can, type Permission } from "./permissions";
import { WORKSPACE_COOKIE, parseWorkspaceId } from "../workspaces/workspace-cookie";

export async function currentMember(): Promise<Member | null> {
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string; sv?: number } | undefined;
  if (!user?.id) return null;
  const workspaceId = parseWorkspaceId((await cookies()).get(WORKSPACE_COOKIE)?.value);
  return loadMember(await getPrisma(), user.id, "session", { sessionVersion: user.sv ?? 0, workspaceId });
}

export async function requireMember(permission?: Permission): Promise<Member> {
  const member = await currentMember();
  if (!member) redirect("/signin");
  if (permission && !can(member.role, permission)) redirect(`/forbidden?need=${permission}`);
  return member;
}
