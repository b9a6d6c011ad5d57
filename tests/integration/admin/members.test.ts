// Members: invite by link, accept once, roles managed by leads (admins by admins only), deactivation that
// stops sessions and tokens at once, nothing deleted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, tokenRecord } from "@/lib/auth/api-tokens";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { loadMember } from "@/lib/auth/member";
import { DomainError } from "@/lib/errors/domain-errors";
import { acceptInvitation, findInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { revokeInvitation } from "@/lib/members/revoke-invitation";
import { acceptInvitationInput, inviteInput, memberPatch } from "@/lib/members/schemas";
import { updateMember } from "@/lib/members/update-member";
import { makeMember, makeWorkspace, uniq } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

const opts = { baseUrl: "http://inbox.test/" };
const strong = "soleil-jaune-lampe-42";
const failure = async (p: Promise<unknown>) =>
  p.then(() => "ok", (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.code}` : (e as Error).constructor.name));

describe("invitations", () => {
  it("an admin invites a community manager; the link is accepted once and the new member signs in", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const admin = await makeMember(db.prisma, ws.id, "ADMIN");
    const email = `${uniq("cm")}@example.test`;
    const inv = await inviteMember(db.prisma, admin, inviteInput.parse({ email, name: "Léa", role: "COMMUNITY_MANAGER" }), opts);
    expect(inv.inviteUrl).toBe(`http://inbox.test/invite/${inv.token}`);
    expect(inv.mail).toBe("not_configured");
    expect((await findInvitation(db.prisma, inv.token))?.state).toBe("pending");

    expect(await failure(acceptInvitation(db.prisma, inv.token, { name: "Léa", password: "motdepasse2024" }))).toBe("400 weak_password");
    const r = await acceptInvitation(db.prisma, inv.token, { name: "Léa Petit", password: strong });
    expect(r.workspaceId).toBe(ws.id);
    expect(await failure(acceptInvitation(db.prisma, inv.token, { name: "Léa", password: strong }))).toBe("410 invitation_used");
    expect(await failure(acceptInvitation(db.prisma, "inv_nope", { name: "Léa", password: strong }))).toBe("404 not_found");
    expect((await authenticatePassword(db.prisma, { email, password: strong })).ok).toBe(true);
    const list = await listMembers(db.prisma, admin);
    expect(list.members.find((m) => m.email === email)).toMatchObject({ name: "Léa Petit", role: "COMMUNITY_MANAGER", active: true });
    expect(list.invitations.find((i) => i.email === email)).toBeUndefined();
  });

  it("refuses bad input at the boundary: malformed e-mail, unknown role, short password", () => {
    expect(inviteInput.safeParse({ email: "léa@", name: "L", role: "COMMUNITY_MANAGER" }).error?.issues[0]?.message).toMatch(/e-mail/);
    expect(inviteInput.safeParse({ email: "a@b.test", name: "L", role: "OWNER" }).error?.issues[0]?.message).toMatch(/role must be one of/);
    expect(acceptInvitationInput.safeParse({ name: "L", password: "short" }).success).toBe(false);
    expect(memberPatch.safeParse({}).success).toBe(false);
    expect(memberPatch.safeParse({ role: "ADMIN", deleted: true }).success).toBe(false);
  });

  it("expired and withdrawn invitations answer 410; nothing is half-created", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    const old = await inviteMember(db.prisma, lead, inviteInput.parse({ email: `${uniq("x")}@example.test`, name: "X", role: "CUSTOMER_SERVICE" }),
      { ...opts, now: new Date(Date.now() - 8 * 86_400_000) });
    expect(await failure(acceptInvitation(db.prisma, old.token, { name: "X", password: strong }))).toBe("410 invitation_expired");
    const w = await inviteMember(db.prisma, lead, inviteInput.parse({ email: `${uniq("y")}@example.test`, name: "Y", role: "CUSTOMER_SERVICE" }), opts);
    await revokeInvitation(db.prisma, lead, w.id);
    expect(await failure(acceptInvitation(db.prisma, w.token, { name: "Y", password: strong }))).toBe("410 invitation_revoked");
    expect(await db.prisma.membership.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("lets someone already on Social Inbox join a second workspace with their current password", async () => {
    const a = await makeWorkspace(db.prisma);
    const b = await makeWorkspace(db.prisma);
    const cm = await makeMember(db.prisma, a.ws.id, "COMMUNITY_MANAGER");
    const adminB = await makeMember(db.prisma, b.ws.id, "ADMIN");
    const inv = await inviteMember(db.prisma, adminB, inviteInput.parse({ email: cm.email, name: cm.name, role: "COMMUNITY_MANAGER" }), opts);
    expect(await findInvitation(db.prisma, inv.token)).not.toHaveProperty("hasAccount"); // #20 item 1
    expect(await failure(acceptInvitation(db.prisma, inv.token, { name: cm.name, password: "wrong-password-here" }))).toBe("403 wrong_password");
    await acceptInvitation(db.prisma, inv.token, { name: cm.name, password: "correct horse" });
    expect((await loadMember(db.prisma, cm.userId, "session", { workspaceId: b.ws.id }))?.workspaceId).toBe(b.ws.id);
    expect((await loadMember(db.prisma, cm.userId, "session"))?.workspaceId).toBe(a.ws.id);
  });
});

describe("who manages whom", () => {
  it("community managers and customer service get 403; leads manage non-admins; only admins touch admins", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const admin = await makeMember(db.prisma, ws.id, "ADMIN");
    const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    const cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    const cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
    const invite = (role: string) => inviteInput.parse({ email: `${uniq("p")}@example.test`, name: "P", role });
    expect(await failure(inviteMember(db.prisma, cm, invite("COMMUNITY_MANAGER"), opts))).toBe("403 forbidden");
    expect(await failure(inviteMember(db.prisma, cs, invite("CUSTOMER_SERVICE"), opts))).toBe("403 forbidden");
    expect(await failure(inviteMember(db.prisma, lead, invite("ADMIN"), opts))).toBe("403 admins_only");
    expect(await failure(inviteMember(db.prisma, lead, invite("TEAM_LEAD"), opts))).toBe("ok");
    const ms = await db.prisma.membership.findMany({ where: { workspaceId: ws.id } });
    const idOf = (userId: string) => ms.find((m) => m.userId === userId)!.id;
    expect(await failure(updateMember(db.prisma, lead, idOf(admin.userId), { active: false }))).toBe("403 admins_only");
    expect(await failure(updateMember(db.prisma, lead, idOf(cm.userId), { role: "ADMIN" }))).toBe("403 admins_only");
    expect(await failure(updateMember(db.prisma, lead, idOf(cm.userId), { role: "TEAM_LEAD" }))).toBe("ok");
    expect(await failure(updateMember(db.prisma, admin, idOf(admin.userId), { active: false }))).toBe("409 cannot_deactivate_self");
    expect(await failure(updateMember(db.prisma, admin, idOf(admin.userId), { role: "TEAM_LEAD" }))).toBe("409 last_admin");
    expect(await failure(inviteMember(db.prisma, admin, inviteInput.parse({ email: cm.email, name: "x", role: "ADMIN" }), opts))).toBe("409 already_member");
    const changes = await db.prisma.auditEvent.findMany({ where: { workspaceId: ws.id, action: "MEMBER_ROLE_CHANGED" } });
    expect(changes.map((e) => e.data)).toEqual([expect.objectContaining({ from: "COMMUNITY_MANAGER", to: "TEAM_LEAD" })]);
  });
});

describe("deactivation", () => {
  it("stops the member's session and API token on the next request, keeps the rows, and reactivation restores", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const admin = await makeMember(db.prisma, ws.id, "ADMIN");
    const cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    const { token } = await createApiToken(db.prisma, { email: cm.email });
    const who = (await tokenRecord(db.prisma, token))!;
    expect(await loadMember(db.prisma, who.userId, "token", { workspaceId: who.workspaceId, strict: true })).not.toBeNull();
    const id = (await db.prisma.membership.findFirstOrThrow({ where: { userId: cm.userId } })).id;

    await updateMember(db.prisma, admin, id, { active: false });
    expect(await loadMember(db.prisma, cm.userId, "session")).toBeNull();
    expect(await loadMember(db.prisma, who.userId, "token", { workspaceId: who.workspaceId, strict: true })).toBeNull();
    expect((await authenticatePassword(db.prisma, { email: cm.email, password: "correct horse" })).ok).toBe(false);
    expect(await db.prisma.membership.count({ where: { id } })).toBe(1);
    expect(await db.prisma.auditEvent.count({ where: { entityId: id, action: "MEMBER_DEACTIVATED" } })).toBe(1);

    await updateMember(db.prisma, admin, id, { active: true });
    // The session signed before the deactivation stays dead (#20 item 8); a new sign-in works.
    expect(await loadMember(db.prisma, cm.userId, "session")).toBeNull();
    const again = await authenticatePassword(db.prisma, { email: cm.email, password: "correct horse" });
    expect(again.ok && (await loadMember(db.prisma, cm.userId, "session", { sessionVersion: again.sessionVersion }))?.role).toBe("COMMUNITY_MANAGER");
  });

  it("a token acts in its own workspace only", async () => {
    const a = await makeWorkspace(db.prisma);
    const b = await makeWorkspace(db.prisma);
    const lead = await makeMember(db.prisma, a.ws.id, "TEAM_LEAD");
    await db.prisma.membership.create({ data: { workspaceId: b.ws.id, userId: lead.userId, role: "COMMUNITY_MANAGER" } });
    const { token, workspaceId } = await createApiToken(db.prisma, { email: lead.email, workspace: b.ws.slug });
    expect(workspaceId).toBe(b.ws.id);
    const who = (await tokenRecord(db.prisma, token))!;
    const m = await loadMember(db.prisma, who.userId, "token", { workspaceId: who.workspaceId, strict: true });
    expect(m).toMatchObject({ workspaceId: b.ws.id, role: "COMMUNITY_MANAGER" });
    await expect(createApiToken(db.prisma, { email: lead.email, workspace: "no-such-ws" })).rejects.toThrow(/in workspace "no-such-ws"/);
  });
});
