// First run: a one-time setup link creates the workspace and its first admin; then it stops working.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import { DomainError } from "@/lib/errors/domain-errors";
import { setupInput } from "@/lib/members/schemas";
import { completeSetup } from "@/lib/setup/complete-setup";
import { issueSetupToken } from "@/lib/setup/setup-token";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.dispose());

const good = { workspaceName: "Café Lumière", name: "Inès Roy", email: "ines@lumiere.test", password: "soleil-jaune-lampe-42" };
const statusOf = async (p: Promise<unknown>) => p.then(() => 0, (e: unknown) => (e instanceof DomainError ? `${e.status} ${e.code}` : String(e)));

describe("first-run setup", () => {
  it("refuses a weak password or a bad e-mail without using the token, then creates workspace + admin once", async () => {
    const token = (await issueSetupToken(db.prisma))!;
    expect(token).toMatch(/^setup_/);
    expect(await statusOf(completeSetup(db.prisma, { ...good, token, password: "lumiere2026" }))).toBe("400 weak_password");
    expect(setupInput.safeParse({ ...good, token, email: "not-an-email" }).success).toBe(false);
    expect(setupInput.safeParse({ ...good, token, role: "ADMIN" }).success).toBe(false);
    expect(await db.prisma.workspace.count()).toBe(0);

    const r = await completeSetup(db.prisma, { ...good, token });
    expect(r.workspaceSlug).toBe("cafe-lumiere");
    const m = await db.prisma.membership.findFirstOrThrow({ where: { userId: r.userId } });
    expect(m.role).toBe("ADMIN");
    expect((await authenticatePassword(db.prisma, { email: good.email, password: good.password })).ok).toBe(true);
    const actions = (await db.prisma.auditEvent.findMany({ where: { workspaceId: r.workspaceId } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["WORKSPACE_CREATED", "SETUP_COMPLETED", "MEMBER_ADDED"]));

    expect(await statusOf(completeSetup(db.prisma, { ...good, token, email: "other@lumiere.test" }))).toBe("410 setup_token_used");
    expect(await statusOf(completeSetup(db.prisma, { ...good, token: "setup_unknown-token-000" }))).toBe("404 not_found");
    expect(await issueSetupToken(db.prisma)).toBeNull();
    expect(await db.prisma.workspace.count()).toBe(1);
  });

  it("lets only one of two racing requests use the link", async () => {
    const fresh = await createTestDatabase();
    try {
      const token = (await issueSetupToken(fresh.prisma))!;
      const results = await Promise.allSettled([
        completeSetup(fresh.prisma, { ...good, token }),
        completeSetup(fresh.prisma, { ...good, token, email: "second@lumiere.test" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await fresh.prisma.workspace.count()).toBe(1);
      expect(await fresh.prisma.user.count()).toBe(1);
    } finally {
      await fresh.dispose();
    }
  });

  it("an expired link is refused with 410 and a newer link replaces an older one", async () => {
    const fresh = await createTestDatabase();
    try {
      const old = (await issueSetupToken(fresh.prisma, new Date(Date.now() - 1000)))!;
      const newer = (await issueSetupToken(fresh.prisma))!;
      expect(await statusOf(completeSetup(fresh.prisma, { ...good, token: old }))).toBe("410 setup_token_expired");
      expect((await completeSetup(fresh.prisma, { ...good, token: newer })).workspaceSlug).toBe("cafe-lumiere");
    } finally {
      await fresh.dispose();
    }
  });
});
