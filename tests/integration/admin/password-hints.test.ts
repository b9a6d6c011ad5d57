// A weak password is refused with the estimator's hints in the reader's language: French for a French request
// (locale cookie or Accept-Language) on POST /api/v1/setup and POST /api/v1/invitations/{token}/accept, English
// otherwise — through the real route handlers on a real database; nothing is created by a refused request.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { inviteMember } from "@/lib/members/invite-member";
import { inviteInput } from "@/lib/members/schemas";
import { issueSetupToken } from "@/lib/setup/setup-token";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
let db: TestDatabase;
const HOST = "127.0.0.1:3000";
const good = { workspaceName: "Café Lumière", name: "Inès Roy", email: "ines@lumiere.test", password: "soleil-jaune-lampe-42" };

function post(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://${HOST}${path}`, { method: "POST", body: JSON.stringify(body), headers: { host: HOST, "content-type": "application/json", ...headers } });
}
type ErrorBody = { error: { code: string; message: string; details: { warning: string | null; suggestions: string[]; locale: string } } };

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
});
afterAll(() => db?.dispose());

describe("password hints follow the request's language", () => {
  it("setup: French hints for Accept-Language fr, English without; then the strong password works", async () => {
    const { POST } = await import("@/app/api/v1/setup/route");
    const token = (await issueSetupToken(db.prisma))!;
    const fr = await POST(post("/api/v1/setup", { ...good, token, password: "azertyuiop" }, { "accept-language": "fr-FR,fr;q=0.9,en;q=0.5" }));
    expect(fr.status).toBe(400);
    const frBody = (await fr.json()) as ErrorBody;
    expect(frBody.error.code).toBe("weak_password");
    expect(frBody.error.message).toMatch(/^mot de passe : trop facile à deviner/);
    expect(frBody.error.details.locale).toBe("fr");
    expect(frBody.error.details.warning).toBe("Les lignes droites de touches de votre clavier sont faciles à deviner");
    expect(frBody.error.details.suggestions).toContain("Ajoutez des mots moins courants.");
    expect(frBody.error.message).toContain("faciles à deviner. Ajoutez des mots moins courants.");

    const en = await POST(post("/api/v1/setup", { ...good, token, password: "azertyuiop" }, { "accept-language": "en-US" }));
    const enBody = (await en.json()) as ErrorBody;
    expect(enBody.error.message).toMatch(/^password: too easy to guess/);
    expect(enBody.error.details.warning).toMatch(/straight rows of keys/i);
    expect(await db.prisma.workspace.count()).toBe(0);

    expect((await POST(post("/api/v1/setup", { ...good, token }, { "accept-language": "fr" }))).status).toBe(201);
  });

  it("accepting an invitation: the locale cookie wins over Accept-Language", async () => {
    const admin = await db.prisma.membership.findFirstOrThrow({ include: { user: true } });
    const member: Member = { userId: admin.userId, name: admin.user.name, email: admin.user.email, workspaceId: admin.workspaceId, role: "ADMIN", via: "session" };
    const inv = await inviteMember(db.prisma, member, inviteInput.parse({ email: "theo@lumiere.test", name: "Théo", role: "COMMUNITY_MANAGER" }), { baseUrl: "http://x" });
    const token = inv.inviteUrl.split("/").pop()!;
    const { POST } = await import("@/app/api/v1/invitations/[token]/accept/route");
    const ctx = { params: Promise.resolve({ token }) };
    const res = await POST(post(`/api/v1/invitations/${token}/accept`, { name: "Théo Martin", password: "password1234" }, { cookie: "locale=fr", "accept-language": "en-US" }), ctx);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.details.warning).toBe("Ce mot de passe est similaire à un mot de passe couramment utilisé.");
    expect(body.error.message).toContain("Ajoutez des mots moins courants.");
    expect(await db.prisma.user.count({ where: { email: "theo@lumiere.test" } })).toBe(0);
    expect((await POST(post(`/api/v1/invitations/${token}/accept`, { name: "Théo Martin", password: "riviere-orange-stylo-7" }), ctx)).status).toBe(201);
  });
});
