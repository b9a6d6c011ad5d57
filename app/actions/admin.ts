"use server";

// Server actions of the administration pages (members, invitations, teams, API tokens, workspaces):
// authenticate, parse, one use case, refresh the page. The use cases check the role again.
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { requireMember } from "@/lib/auth/session";
import { inviteMember } from "@/lib/members/invite-member";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { idSchema, inviteInput, memberPatch, teamInput, teamPatch, tokenInput, workspaceInput } from "@/lib/members/schemas";
import { updateMember } from "@/lib/members/update-member";
import { getPrisma } from "@/lib/server/db";
import { publicBaseUrl } from "@/lib/server/public-url";
import { runAction, type ActionResult } from "@/lib/server/run-action";
import { createTeam } from "@/lib/teams/create-team";
import { updateTeam } from "@/lib/teams/update-team";
import { createOwnToken, revokeToken } from "@/lib/tokens/manage-tokens";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";
import { WORKSPACE_COOKIE } from "@/lib/workspaces/workspace-cookie";

async function run<T>(path: string, fn: () => Promise<T>): Promise<ActionResult<T>> {
  return runAction(async () => {
    const data = await fn();
    revalidatePath(path);
    return data;
  });
}

async function requestBaseUrl(): Promise<string> {
  if (process.env.NEXTAUTH_URL) return publicBaseUrl();
  const h = await headers();
  const host = h.get("host") ?? "localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

export async function inviteMemberAction(input: unknown): Promise<ActionResult<{ inviteUrl: string; email: string; emailed: boolean }>> {
  const member = await requireMember("members.manage");
  return run("/settings/members", async () => {
    const parsed = inviteInput.parse(input);
    const r = await inviteMember(await getPrisma(), member, parsed, { baseUrl: await requestBaseUrl() });
    return { inviteUrl: r.inviteUrl, email: parsed.email, emailed: r.mail === "sent" };
  });
}

export async function updateMemberAction(id: string, patch: unknown): Promise<ActionResult> {
  const member = await requireMember("members.manage");
  return run("/settings/members", async () => {
    await updateMember(await getPrisma(), member, idSchema.parse(id), memberPatch.parse(patch));
    return undefined;
  });
}

export async function revokeInvitationAction(id: string): Promise<ActionResult> {
  const member = await requireMember("members.manage");
  return run("/settings/members", async () => {
    await revokeInvitation(await getPrisma(), member, idSchema.parse(id));
    return undefined;
  });
}

export async function createTeamAction(input: unknown): Promise<ActionResult> {
  const member = await requireMember("teams.manage");
  return run("/settings/members", async () => {
    await createTeam(await getPrisma(), member, teamInput.parse(input));
    return undefined;
  });
}

export async function updateTeamAction(id: string, patch: unknown): Promise<ActionResult> {
  const member = await requireMember("teams.manage");
  return run("/settings/members", async () => {
    await updateTeam(await getPrisma(), member, idSchema.parse(id), teamPatch.parse(patch));
    return undefined;
  });
}

export async function createTokenAction(input: unknown): Promise<ActionResult<{ token: string }>> {
  const member = await requireMember("api_tokens.create_own");
  return run("/settings/tokens", async () => {
    const r = await createOwnToken(await getPrisma(), member, tokenInput.parse(input).name);
    return { token: r.token };
  });
}

export async function revokeTokenAction(id: string): Promise<ActionResult> {
  const member = await requireMember();
  return run("/settings/tokens", async () => {
    await revokeToken(await getPrisma(), member, idSchema.parse(id));
    return undefined;
  });
}

export async function createWorkspaceAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const member = await requireMember("workspaces.create");
  return run("/settings/workspaces", async () => ({ id: (await createWorkspace(await getPrisma(), member, workspaceInput.parse(input))).id }));
}

/** The switcher: only a workspace the person is an active member of is accepted. */
export async function switchWorkspaceAction(formData: FormData): Promise<void> {
  const member = await requireMember();
  const id = idSchema.safeParse(formData.get("workspaceId"));
  if (!id.success) return;
  const mine = await listMyWorkspaces(await getPrisma(), member.userId);
  if (!mine.some((w) => w.id === id.data)) return;
  (await cookies()).set(WORKSPACE_COOKIE, id.data, { path: "/", httpOnly: true, sameSite: "lax", maxAge: 365 * 24 * 3600 });
  revalidatePath("/", "layout");
}
