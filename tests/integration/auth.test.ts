import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken, userForToken } from "@/lib/auth/api-tokens";
import { authenticatePassword, MAX_FAILURES } from "@/lib/auth/authenticate-password";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

describe("password sign-in", () => {
  it("accepts the right password (any e-mail case) and records the attempt and an audit event", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const m = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    const r = await authenticatePassword(db.prisma, { email: m.email.toUpperCase(), password: "correct horse", ip: "10.0.0.1" });
    expect(r).toMatchObject({ ok: true, userId: m.userId });
    expect(await db.prisma.auditEvent.count({ where: { action: "USER_SIGNED_IN", actorUserId: m.userId } })).toBe(1);
  });

  it("refuses a wrong password and an unknown e-mail alike", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const m = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    expect(await authenticatePassword(db.prisma, { email: m.email, password: "nope" })).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticatePassword(db.prisma, { email: "ghost@example.test", password: "nope" })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`throttles after ${MAX_FAILURES} failures: even the right password is refused`, async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const m = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await authenticatePassword(db.prisma, { email: m.email, password: `wrong-${i}` })).ok).toBe(false);
    }
    expect(await authenticatePassword(db.prisma, { email: m.email, password: "correct horse" })).toMatchObject({ ok: false, reason: "throttled" });
  });
});

describe("API tokens", () => {
  it("stores only a hash and maps the token back to its user", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const m = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
    const { token, id } = await createApiToken(db.prisma, { email: m.email });
    expect(token).toMatch(/^sib_[A-Za-z0-9_-]{43}$/);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).not.toContain(token.slice(4));
    expect(await userForToken(db.prisma, token)).toBe(m.userId);
    expect(await userForToken(db.prisma, token + "x")).toBeNull();
    await db.prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await userForToken(db.prisma, token)).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { action: "API_TOKEN_CREATED", entityId: id } })).toBe(1);
  });

  it("refuses an unknown e-mail", async () => {
    await expect(createApiToken(db.prisma, { email: "nobody@example.test" })).rejects.toThrow(/No member/);
  });
});
