// Issue #14, acceptance "bad input → 400 with a clear message; nothing half-created", for first-run setup through
// the real route handler (POST /api/v1/setup) with real Requests on an empty database: a malformed e-mail is
// refused with a message naming the e-mail field, creates no workspace, user, membership or audit event, and
// does not use up the one-time setup token (the same token then sets up the install).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueSetupToken } from "@/lib/setup/setup-token";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
const good = { workspaceName: "Café Lumière", name: "Inès Roy", email: "ines@lumiere.test", password: "soleil-jaune-lampe-42" };

type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };

async function setup(body: unknown) {
  const { POST } = await import("@/app/api/v1/setup/route");
  return POST(new Request(`http://${HOST}/api/v1/setup`, {
    method: "POST", body: JSON.stringify(body), headers: { host: HOST, "content-type": "application/json" },
  }));
}

async function created() {
  return {
    workspaces: await db.prisma.workspace.count(),
    users: await db.prisma.user.count(),
    memberships: await db.prisma.membership.count(),
    auditEvents: await db.prisma.auditEvent.count(),
    usedTokens: await db.prisma.setupToken.count({ where: { usedAt: { not: null } } }),
  };
}

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db); // the route's getPrisma() answers with this test's database
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

describe("POST /api/v1/setup with a malformed e-mail", () => {
  it("answers 400 naming the e-mail field, creates nothing, and leaves the setup token usable", async () => {
    const token = (await issueSetupToken(db.prisma))!;
    const nothing = { workspaces: 0, users: 0, memberships: 0, auditEvents: 0, usedTokens: 0 };
    for (const email of ["not-an-email", "ines@", "ines@lumiere", "inès roy@lumiere.test", ""]) {
      const res = await setup({ ...good, token, email });
      expect(res.status, email).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe("invalid_request");
      expect(body.error.message, email).toMatch(/email: enter a valid e-mail address/);
      expect(body.error.details?.map((d) => d.path)).toEqual(["email"]);
      expect(await created(), email).toEqual(nothing);
    }

    // The same token still works: the refusals did not consume it.
    const ok = await setup({ ...good, token });
    expect(ok.status).toBe(201);
    const { data } = (await ok.json()) as { data: { workspaceId: string; workspaceSlug: string; userId: string } };
    expect(data.workspaceSlug).toBe("cafe-lumiere");
    expect(await db.prisma.membership.findFirstOrThrow({ where: { userId: data.userId } })).toMatchObject({ workspaceId: data.workspaceId, role: "ADMIN" });
    expect(await created()).toMatchObject({ workspaces: 1, users: 1, memberships: 1, usedTokens: 1 });

    // …and only once.
    const again = await setup({ ...good, token, email: "autre@lumiere.test" });
    expect(again.status).toBe(410);
    expect(((await again.json()) as ErrorBody).error.code).toBe("setup_token_used");
  });
});
