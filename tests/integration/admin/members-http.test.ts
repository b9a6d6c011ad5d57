// Issue #14, acceptance "bad input → 400 with a clear message; nothing half-created", and "change role or team",
// through the real route handlers (POST /api/v1/members, PATCH /api/v1/members/{id}) with real Requests, an
// admin's API token and a real database: a malformed e-mail or an unknown role is refused with a message naming
// the field and leaves no invitation; a member's team is changed (audited), a team of another workspace refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Member } from "@/lib/auth/member";
import { makeMember, makeWorkspace, uniq } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
let wsId: string;
let admin: Member;
let token: string;

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

function call(method: string, path: string, body: unknown): Request {
  return new Request(`http://${HOST}${path}`, {
    method,
    body: JSON.stringify(body),
    headers: { host: HOST, authorization: `Bearer ${token}`, "content-type": "application/json" },
  });
}

async function invite(body: unknown) {
  const { POST } = await import("@/app/api/v1/members/route");
  return POST(call("POST", "/api/v1/members", body), {} as never);
}

async function patchMember(id: string, body: unknown) {
  const { PATCH } = await import("@/app/api/v1/members/[id]/route");
  return PATCH(call("PATCH", `/api/v1/members/${id}`, body), { params: Promise.resolve({ id }) });
}

/** Everything an invitation would leave behind in the workspace: invitation rows, their audit events, users. */
async function traces(email: string) {
  return {
    invitations: await db.prisma.invitation.count({ where: { workspaceId: wsId } }),
    invitedEvents: await db.prisma.auditEvent.count({ where: { workspaceId: wsId, action: "MEMBER_INVITED" } }),
    users: await db.prisma.user.count({ where: { email } }),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db); // the routes' getPrisma() answers with this test's database
  const { ws } = await makeWorkspace(db.prisma);
  wsId = ws.id;
  admin = await makeMember(db.prisma, ws.id, "ADMIN");
  token = (await createApiToken(db.prisma, { email: admin.email })).token;
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

describe("POST /api/v1/members refuses bad input as an admin, and creates nothing", () => {
  it("a malformed e-mail answers 400 naming the e-mail field; no invitation is recorded", async () => {
    for (const email of ["léa@", "not-an-email", "lea@exemple", "lea petit@example.test"]) {
      const res = await invite({ email, name: "Léa Petit", role: "COMMUNITY_MANAGER" });
      expect(res.status, email).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message, email).toBe("Invalid request: email: enter a valid e-mail address");
      expect(body.error.details?.map((d) => d.path)).toEqual(["email"]);
    }
    expect(await traces("léa@")).toEqual({ invitations: 0, invitedEvents: 0, users: 0 });
  });

  it("an unknown role answers 400 listing the roles; no invitation is recorded", async () => {
    const email = `${uniq("owner")}@example.test`;
    for (const role of ["OWNER", "admin", "", 3]) {
      const res = await invite({ email, name: "Olivier", role });
      expect(res.status, String(role)).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message).toMatch(/role must be one of COMMUNITY_MANAGER, CUSTOMER_SERVICE, TEAM_LEAD, ADMIN/);
      expect(body.error.details?.map((d) => d.path)).toEqual(["role"]);
    }
    expect(await traces(email)).toEqual({ invitations: 0, invitedEvents: 0, users: 0 });
  });

  it("a team of another workspace answers 404 and records nothing; the same invitation, well-formed, is created", async () => {
    const other = await makeWorkspace(db.prisma);
    const foreign = await db.prisma.team.create({ data: { workspaceId: other.ws.id, name: "SAV ailleurs" } });
    const email = `${uniq("cs")}@example.test`;
    const refused = await invite({ email, name: "Camille", role: "CUSTOMER_SERVICE", teamId: foreign.id });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as ErrorBody).error.message).toBe("Team not found.");
    expect(await traces(email)).toEqual({ invitations: 0, invitedEvents: 0, users: 0 });

    // The control: the route does create an invitation when the input is good (so the refusals above are the
    // input's doing, not the caller's or the route's).
    const ok = await invite({ email, name: "Camille", role: "CUSTOMER_SERVICE" });
    expect(ok.status).toBe(201);
    const { data } = (await ok.json()) as { data: { id: string; inviteUrl: string } };
    expect(data.inviteUrl).toMatch(new RegExp(`^http://${HOST.replace(/\./g, "\\.")}/invite/inv_`));
    expect(await traces(email)).toEqual({ invitations: 1, invitedEvents: 1, users: 0 });
    expect(await db.prisma.invitation.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ email, role: "CUSTOMER_SERVICE", teamId: null });
  });
});

describe("PATCH /api/v1/members/{id} changes a member's team", () => {
  it("an admin moves a member into a team and out again, each change audited; a team of another workspace is refused", async () => {
    const cm = await makeMember(db.prisma, wsId, "COMMUNITY_MANAGER");
    const id = (await db.prisma.membership.findFirstOrThrow({ where: { workspaceId: wsId, userId: cm.userId } })).id;
    const north = await db.prisma.team.create({ data: { workspaceId: wsId, name: "CM Nord", kind: "COMMUNITY_MANAGER" } });
    const other = await makeWorkspace(db.prisma);
    const foreign = await db.prisma.team.create({ data: { workspaceId: other.ws.id, name: "CM Nord" } });
    const teamEvents = () =>
      db.prisma.auditEvent.findMany({ where: { workspaceId: wsId, entityId: id, action: "MEMBER_UPDATED" }, orderBy: { id: "asc" } });

    const moved = await patchMember(id, { teamId: north.id });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { data: unknown }).data).toMatchObject({ id, teamId: north.id, role: "COMMUNITY_MANAGER", active: true });
    expect((await db.prisma.membership.findUniqueOrThrow({ where: { id } })).teamId).toBe(north.id);
    const [first] = await teamEvents();
    expect(first).toMatchObject({ actorKind: "API", actorUserId: admin.userId, entityType: "membership" });
    expect(first!.data).toEqual({ email: cm.email, teamFrom: null, teamTo: north.id });

    const refused = await patchMember(id, { teamId: foreign.id });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as ErrorBody).error).toMatchObject({ code: "not_found", message: "Team not found." });
    expect((await db.prisma.membership.findUniqueOrThrow({ where: { id } })).teamId).toBe(north.id);
    expect(await teamEvents()).toHaveLength(1);

    const out = await patchMember(id, { teamId: null });
    expect(out.status).toBe(200);
    expect((await db.prisma.membership.findUniqueOrThrow({ where: { id } })).teamId).toBeNull();
    const events = await teamEvents();
    expect(events.map((e) => e.data)).toEqual([
      { email: cm.email, teamFrom: null, teamTo: north.id },
      { email: cm.email, teamFrom: north.id, teamTo: null },
    ]);
  });

  it("a malformed team id answers 400 naming teamId and changes nothing", async () => {
    const cs = await makeMember(db.prisma, wsId, "CUSTOMER_SERVICE");
    const id = (await db.prisma.membership.findFirstOrThrow({ where: { workspaceId: wsId, userId: cs.userId } })).id;
    const res = await patchMember(id, { teamId: "sav-nord" });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.message).toMatch(/teamId: id must be a UUID/);
    expect((await db.prisma.membership.findUniqueOrThrow({ where: { id } })).teamId).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { entityId: id } })).toBe(0);
  });
});
