// Issue #20 item 8: deactivation refused the member's sessions only while the membership stayed deactivated;
// it did not bump sessionVersion (SECURITY.md said it did), so reactivating the member revived every cookie
// taken before — one left on a shared computer, or stolen, was good again. Now deactivation ends them for good.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/app-secrets";
import { authenticatePassword } from "@/lib/auth/authenticate-password";
import type { Member } from "@/lib/auth/member";
import { updateMember } from "@/lib/members/update-member";
import { makeMember, makeWorkspace } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
let admin: Member;
let cm: Member;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws } = await makeWorkspace(db.prisma);
  admin = await makeMember(db.prisma, ws.id, "ADMIN");
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

/** The session cookie next-auth would set after a sign-in at that sessionVersion. */
async function cookieFor(userId: string, sv: number): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sub: userId, sv }, secret: authSecret() })}`;
}

async function me(cookie: string): Promise<number> {
  const { GET } = await import("@/app/api/v1/me/route");
  return (await GET(new Request(`http://${HOST}/api/v1/me`, { headers: { host: HOST, cookie } }), {} as never)).status;
}

describe("deactivating then reactivating a member", () => {
  it("does not revive the session cookie taken before the deactivation; a new sign-in works", async () => {
    const signedIn = await authenticatePassword(db.prisma, { email: cm.email, password: "correct horse" });
    if (!signedIn.ok) throw new Error("sign-in failed");
    const before = await cookieFor(cm.userId, signedIn.sessionVersion);
    expect(await me(before)).toBe(200);
    const membershipId = (await db.prisma.membership.findFirstOrThrow({ where: { userId: cm.userId } })).id;

    await updateMember(db.prisma, admin, membershipId, { active: false });
    expect(await me(before)).toBe(401);
    await updateMember(db.prisma, admin, membershipId, { active: true });
    expect(await me(before)).toBe(401);

    const again = await authenticatePassword(db.prisma, { email: cm.email, password: "correct horse" });
    if (!again.ok) throw new Error("sign-in after reactivation failed");
    expect(await me(await cookieFor(cm.userId, again.sessionVersion))).toBe(200);
  });

  it("a change of role or team, or a reactivation, does not sign the member out", async () => {
    const signedIn = await authenticatePassword(db.prisma, { email: cm.email, password: "correct horse" });
    if (!signedIn.ok) throw new Error("sign-in failed");
    const cookie = await cookieFor(cm.userId, signedIn.sessionVersion);
    const membershipId = (await db.prisma.membership.findFirstOrThrow({ where: { userId: cm.userId } })).id;
    await updateMember(db.prisma, admin, membershipId, { role: "TEAM_LEAD" });
    await updateMember(db.prisma, admin, membershipId, { active: true });
    expect(await me(cookie)).toBe(200);
  });
});
