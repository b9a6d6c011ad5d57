// Issue #20 item 1: accepting an invitation was an unthrottled password oracle. A lead of workspace B invited an
// existing account's e-mail (the invite page then said an account existed) and posted guesses to
// POST /api/v1/invitations/<token>/accept without signing in: 30 wrong guesses in 1.5 s, all 403, no 429,
// nothing in login_attempts; the right one → 201 and the victim had joined workspace B.
// Now the password of an existing account is checked by the sign-in use case (recorded, locked out per e-mail
// and source), the invite page looks the same whether or not the address has an account, and unauthenticated
// routes are rate-limited per source.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Member } from "@/lib/auth/member";
import { findInvitation } from "@/lib/members/accept-invitation";
import { inviteMember } from "@/lib/members/invite-member";
import { inviteInput } from "@/lib/members/schemas";
import { stampRequest } from "@/lib/security/client-ip";
import { makeMember, makeWorkspace } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
let victim: Member;
let leadB: Member;
let wsB: string;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  victim = await makeMember(db.prisma, (await makeWorkspace(db.prisma)).ws.id, "ADMIN");
  wsB = (await makeWorkspace(db.prisma)).ws.id;
  leadB = await makeMember(db.prisma, wsB, "TEAM_LEAD");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  g.__inboxDb = undefined;
  await db?.dispose();
});

/** A request as it reaches a route handler from `source` (the socket peer stamped by instrumentation.ts). */
function post(path: string, body: unknown, source: string): Request {
  const headers: Record<string, string> = { host: HOST, "content-type": "application/json" };
  stampRequest({ headers, socket: { remoteAddress: source } } as never);
  return new Request(`http://${HOST}${path}`, { method: "POST", body: JSON.stringify(body), headers });
}

async function invite(email: string, name = "Victime"): Promise<string> {
  const inv = await inviteMember(db.prisma, leadB, inviteInput.parse({ email, name, role: "COMMUNITY_MANAGER" }), { baseUrl: "http://x" });
  return inv.token;
}

async function accept(token: string, password: string, source = "203.0.113.7") {
  const { POST } = await import("@/app/api/v1/invitations/[token]/accept/route");
  return POST(post(`/api/v1/invitations/${token}/accept`, { name: "Victime", password }, source), { params: Promise.resolve({ token }) });
}

describe("invitation accept for an existing account", () => {
  it("30 fast wrong guesses are recorded and locked out like a sign-in; then even the right password is refused", async () => {
    const token = await invite(victim.email);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await accept(token, `wrong-guess-${i}-xyz`)).status);
    expect(statuses.filter((s) => s === 403).length).toBeLessThanOrEqual(5);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    expect(await db.prisma.loginAttempt.count({ where: { email: victim.email } })).toBe(30);

    const right = await accept(token, "correct horse");
    expect(right.status).toBe(429);
    expect(right.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await db.prisma.membership.count({ where: { workspaceId: wsB, userId: victim.userId } })).toBe(0);
  });

  it("the right password from a source with no failures joins, and counts as a sign-in", async () => {
    const other = await makeMember(db.prisma, (await makeWorkspace(db.prisma)).ws.id, "COMMUNITY_MANAGER");
    const token = await invite(other.email);
    const res = await accept(token, "correct horse", "198.51.100.20");
    expect(res.status).toBe(201);
    expect(await db.prisma.membership.count({ where: { workspaceId: wsB, userId: other.userId } })).toBe(1);
    expect(await db.prisma.loginAttempt.count({ where: { email: other.email, success: true } })).toBe(1);
  });

  it("the invite page says nothing about whether the address has an account", async () => {
    const existing = await findInvitation(db.prisma, await invite(victim.email));
    const fresh = await findInvitation(db.prisma, await invite("nobody-yet@example.test"));
    expect(existing).not.toHaveProperty("hasAccount");
    expect(Object.keys(existing!).sort()).toEqual(Object.keys(fresh!).sort());
  });
});

describe("unauthenticated routes are rate-limited per source", () => {
  it("first-run setup answers 429 with RateLimit headers past PUBLIC_RATE_LIMIT; another source still gets through", async () => {
    vi.stubEnv("PUBLIC_RATE_LIMIT", "5");
    const { POST } = await import("@/app/api/v1/setup/route");
    const body = { token: "setup-token-guess-0000", workspaceName: "Brand", name: "Eve", email: "eve@example.test", password: "soleil-jaune-lampe-42" };
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await POST(post("/api/v1/setup", body, "192.0.2.66"))).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    const limited = await POST(post("/api/v1/setup", body, "192.0.2.66"));
    expect(limited.headers.get("ratelimit-limit")).toBe("5");
    expect((await limited.json()).error.code).toBe("rate_limited");
    expect((await POST(post("/api/v1/setup", body, "192.0.2.67"))).status).toBe(404);
    vi.unstubAllEnvs();
  });

  it("the command-line routes count a wrong secret against the source: 401, then 429", async () => {
    vi.stubEnv("PUBLIC_RATE_LIMIT", "3");
    const { POST } = await import("@/app/api/internal/tokens/route");
    const guess = () => {
      const r = post("/api/internal/tokens", { email: victim.email }, "192.0.2.80");
      r.headers.set("x-cli-secret", "guessed-secret");
      return POST(r);
    };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await guess()).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(await db.prisma.apiToken.count({ where: { userId: victim.userId } })).toBe(0);
    vi.unstubAllEnvs();
  });
});
