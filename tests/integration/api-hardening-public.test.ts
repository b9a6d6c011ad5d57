// Issue #11 item 4 on the two public routes, whose credential is a one-time token rather than a session:
// POST /api/v1/setup and POST /api/v1/invitations/{token}/accept read their body under the same limits as every
// route behind withMember (lib/api/request-guard.ts): over 1 MiB, declared or streamed, is a 413 and the stream is
// not read to its end; a NUL byte in a field or in the path is a 400, never a 500. A refused request creates nothing
// and leaves the setup link / invitation usable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/api/request-guard";
import { inviteMember } from "@/lib/members/invite-member";
import { inviteInput } from "@/lib/members/schemas";
import { issueSetupToken } from "@/lib/setup/setup-token";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
let db: TestDatabase;
let setupToken: string;
const HOST = "127.0.0.1:3000";
const strong = "soleil-jaune-lampe-42";

function send(path: string, body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(`http://${HOST}${path}`, {
    method: "POST", body, duplex: "half", headers: { host: HOST, "content-type": "application/json", ...headers },
  } as RequestInit);
}

/** Up to 8 MiB of "x", counting what the server pulled: it must stop long before the end. */
function endlessBody() {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (sent > 8 * 1024 * 1024) return c.close();
      sent += 64 * 1024;
      c.enqueue(new Uint8Array(64 * 1024).fill(120));
    },
  });
  return { stream, sent: () => sent };
}

const rowCounts = async () => ({
  workspaces: await db.prisma.workspace.count(),
  users: await db.prisma.user.count(),
  memberships: await db.prisma.membership.count(),
});

/** The three refusals, each checked to have created nothing. */
async function expectRefusals(path: string, call: (r: Request) => Promise<Response>, valid: Record<string, string>) {
  const before = await rowCounts();
  const big = JSON.stringify({ ...valid, name: "x".repeat(MAX_BODY_BYTES + 10) });
  const declared = await call(send(path, big, { "content-length": String(Buffer.byteLength(big)) }));
  expect(declared.status, "declared").toBe(413);
  expect((await declared.json()).error.code).toBe("payload_too_large");

  const body = endlessBody();
  const streamed = await call(send(path, body.stream));
  expect(streamed.status, "streamed").toBe(413);
  expect(body.sent()).toBeLessThan(4 * 1024 * 1024);

  const nul = await call(send(path, JSON.stringify({ ...valid, name: "Inès\u0000Roy" })));
  expect(nul.status, "NUL").toBe(400);
  expect((await nul.json()).error.code).toBe("invalid_request");
  expect(await rowCounts()).toEqual(before);
}

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  setupToken = (await issueSetupToken(db.prisma))!;
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

describe("POST /api/v1/setup: body limit and NUL bytes", () => {
  it("answers 413 to a body over 1 MiB (declared or streamed) and 400 to a NUL byte; the link still works after", async () => {
    const { POST } = await import("@/app/api/v1/setup/route");
    const valid = { token: setupToken, workspaceName: "Café Lumière", name: "Inès Roy", email: "ines@lumiere.test", password: strong };
    await expectRefusals("/api/v1/setup", (r) => POST(r, {} as never), valid);
    expect(await db.prisma.workspace.count()).toBe(0);

    const ok = await POST(send("/api/v1/setup", JSON.stringify(valid)), {} as never);
    expect(ok.status).toBe(201);
  });
});

describe("POST /api/v1/invitations/{token}/accept: body limit and NUL bytes", () => {
  it("answers 413 to a body over 1 MiB (declared or streamed) and 400 to a NUL byte; the invitation still works after", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const admin = await makeMember(db.prisma, ws.id, "ADMIN");
    const inv = await inviteMember(db.prisma, admin, inviteInput.parse({ email: "theo@lumiere.test", name: "Théo", role: "COMMUNITY_MANAGER" }), { baseUrl: "http://x" });
    const token = inv.inviteUrl.split("/").pop()!;
    const { POST } = await import("@/app/api/v1/invitations/[token]/accept/route");
    const path = `/api/v1/invitations/${token}/accept`;
    const valid = { name: "Théo Martin", password: strong };
    await expectRefusals(path, (r) => POST(r, { params: Promise.resolve({ token }) }), valid);

    const nulToken = await POST(send("/api/v1/invitations/inv_a%00b/accept", JSON.stringify(valid)), { params: Promise.resolve({ token: "inv_a\u0000b" }) });
    expect(nulToken.status, "NUL in the path").toBe(400);
    expect(await db.prisma.user.count({ where: { email: "theo@lumiere.test" } })).toBe(0);
    expect(await db.prisma.invitation.count({ where: { email: "theo@lumiere.test", acceptedAt: { not: null } } })).toBe(0);

    const ok = await POST(send(path, JSON.stringify(valid)), { params: Promise.resolve({ token }) });
    expect(ok.status).toBe(201);
    expect(await db.prisma.membership.count({ where: { workspaceId: ws.id, user: { email: "theo@lumiere.test" } } })).toBe(1);
  });
});
