// Issue #11 items 1, 3, 4 and the rate limit, against the real route handlers (lib/api/handler.ts) with real
// Requests: a cookie-authenticated mutation from another origin or as text/plain is refused, a signed-out
// session stops working, big bodies get 413, NUL bytes 400, and each token has its own rate limit.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { authSecret } from "@/lib/auth/app-secrets";
import { createApiToken } from "@/lib/auth/api-tokens";
import { invalidateSessions, signOutUser } from "@/lib/auth/invalidate-sessions";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

vi.mock("@/lib/server/jobs", () => ({ enqueueDelivery: async () => undefined, enqueuePoll: async () => undefined }));

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
let db: TestDatabase;
let cm: Member;
let caseId: string;
let token: string;
const HOST = "127.0.0.1:3000";

async function cookieFor(userId: string, sv = 0): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sub: userId, sv }, secret: authSecret() })}`;
}

async function notesRoute() {
  return (await import("@/app/api/v1/cases/[id]/notes/route")).POST;
}

function req(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  return new Request(`http://${HOST}${path}`, { ...init, headers: { host: HOST, ...init.headers } });
}

const ctx = () => ({ params: Promise.resolve({ id: caseId }) });

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  caseId = (await ingestEvents(db.prisma, channel.id, [comment({ externalId: "h1", body: "Où est mon colis ?" })])).caseIds[0]!;
  token = (await createApiToken(db.prisma, { email: cm.email })).token;
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

describe("CSRF on the cookie-authenticated API", () => {
  it("refuses a note posted from another origin (another port of the same host) with 403", async () => {
    const POST = await notesRoute();
    const res = await POST(req(`/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: JSON.stringify({ text: "from evil" }),
      headers: { cookie: await cookieFor(cm.userId), origin: "http://127.0.0.1:4444", "content-type": "application/json" },
    }), ctx());
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("bad_origin");
    expect(await db.prisma.message.count({ where: { caseId, body: "from evil" } })).toBe(0);
  });

  it("refuses a text/plain body (a cross-site form or no-cors fetch) with 415, even from the same origin", async () => {
    const POST = await notesRoute();
    const res = await POST(req(`/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: JSON.stringify({ text: "plain" }),
      headers: { cookie: await cookieFor(cm.userId), origin: `http://${HOST}`, "content-type": "text/plain" },
    }), ctx());
    expect(res.status).toBe(415);
  });

  it("refuses a cookie mutation with neither Origin nor Sec-Fetch-Site, accepts the app's own", async () => {
    const POST = await notesRoute();
    const cookie = await cookieFor(cm.userId);
    const bare = await POST(req(`/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: JSON.stringify({ text: "bare" }), headers: { cookie, "content-type": "application/json" },
    }), ctx());
    expect(bare.status).toBe(403);
    const own = await POST(req(`/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: JSON.stringify({ text: "own" }),
      headers: { cookie, origin: `http://${HOST}`, "content-type": "application/json" },
    }), ctx());
    expect(own.status).toBe(201);
  });

  it("lets a bearer token through without Origin (not a browser credential)", async () => {
    const POST = await notesRoute();
    const res = await POST(req(`/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: JSON.stringify({ text: "from the CLI" }),
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    }), ctx());
    expect(res.status).toBe(201);
  });
});

// The reproductions of issue #11 item 1, replayed: what a same-site page made a signed-in browser do.
describe("CSRF replays: a cross-site public reply and a re-pointed channel", () => {
  const evil = async (userId: string, contentType: string) =>
    ({ cookie: await cookieFor(userId), origin: "http://127.0.0.1:4444", "content-type": contentType });

  it("refuses a public reply posted from another origin (JSON or text/plain) with 403, text/plain with 415; nothing stored", async () => {
    const { POST } = await import("@/app/api/v1/cases/[id]/replies/route");
    const body = JSON.stringify({ text: "Merci pour votre message, voici notre réponse.", visibility: "public" });
    const before = await db.prisma.message.count({ where: { caseId } });
    for (const ct of ["application/json", "text/plain"]) {
      const res = await POST(req(`/api/v1/cases/${caseId}/replies`, { method: "POST", body, headers: await evil(cm.userId, ct) }), ctx());
      expect(res.status, ct).toBe(403);
      expect((await res.json()).error.code).toBe("bad_origin");
    }
    const plain = await POST(req(`/api/v1/cases/${caseId}/replies`, {
      method: "POST", body, headers: { cookie: await cookieFor(cm.userId), origin: `http://${HOST}`, "content-type": "text/plain" },
    }), ctx());
    expect(plain.status).toBe(415);
    expect(await db.prisma.message.count({ where: { caseId } })).toBe(before);
  });

  it("refuses a team lead's channel re-pointed from another origin (JSON or text/plain) with 403; the channel is unchanged", async () => {
    const { POST } = await import("@/app/api/v1/channels/route");
    const lead = await makeMember(db.prisma, cm.workspaceId, "TEAM_LEAD");
    const channel = await db.prisma.channel.create({ data: {
      workspaceId: cm.workspaceId, kind: "FACEBOOK_PAGE", platform: "FACEBOOK", externalId: "5150", name: "Boutique", apiBaseUrl: "https://graph.facebook.com",
    } });
    const body = JSON.stringify({
      kind: "facebook_page", externalId: "5150", name: "Boutique", apiBaseUrl: "http://127.0.0.1:4444",
      secrets: { appSecret: "s".repeat(32), pageAccessToken: "EAAB" + "x".repeat(40), verifyToken: "verify-token-1" },
    });
    for (const ct of ["application/json", "text/plain"]) {
      const res = await POST(req("/api/v1/channels", { method: "POST", body, headers: await evil(lead.userId, ct) }), {} as never);
      expect(res.status, ct).toBe(403);
      expect((await res.json()).error.code).toBe("bad_origin");
    }
    expect(await db.prisma.channel.findUniqueOrThrow({ where: { id: channel.id } })).toEqual(channel);
    expect(await db.prisma.auditEvent.count({ where: { entityId: channel.id } })).toBe(0);
  });
});

describe("server-side session invalidation", () => {
  it("a session cookie stops working after sign-out, and a password change / deactivation", async () => {
    const { GET } = await import("@/app/api/v1/me/route");
    const me = async (cookie: string) => (await GET(req("/api/v1/me", { headers: { cookie } }), {} as never)).status;
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: cm.userId } });
    const before = await cookieFor(cm.userId, user.sessionVersion);
    expect(await me(before)).toBe(200);
    await signOutUser(db.prisma, cm.userId, user.sessionVersion);
    expect(await me(before)).toBe(401);
    expect(await db.prisma.auditEvent.count({ where: { action: "USER_SIGNED_OUT", actorUserId: cm.userId } })).toBe(1);

    const fresh = await cookieFor(cm.userId, user.sessionVersion + 1);
    expect(await me(fresh)).toBe(200);
    await db.prisma.$transaction((tx) => invalidateSessions(tx, cm.userId)); // what a password change does
    expect(await me(fresh)).toBe(401);
  });

  it("a deactivated member's sessions and API tokens get 401", async () => {
    const { GET } = await import("@/app/api/v1/me/route");
    const other = await makeMember(db.prisma, cm.workspaceId, "TEAM_LEAD");
    const t = (await createApiToken(db.prisma, { email: other.email })).token;
    const cookie = await cookieFor(other.userId);
    const status = async (h: Record<string, string>) => (await GET(req("/api/v1/me", { headers: h }), {} as never)).status;
    expect(await status({ cookie })).toBe(200);
    expect(await status({ authorization: `Bearer ${t}` })).toBe(200);
    await db.prisma.membership.updateMany({ where: { userId: other.userId }, data: { deactivatedAt: new Date() } });
    expect(await status({ cookie })).toBe(401);
    expect(await status({ authorization: `Bearer ${t}` })).toBe(401);
  });
});

describe("body limit and NUL bytes", () => {
  it("refuses a body over 1 MiB with 413, declared or streamed", async () => {
    const POST = await notesRoute();
    const big = JSON.stringify({ text: "x".repeat(1024 * 1024 + 10) });
    const declared = await POST(req(`/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: big, headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "content-length": String(big.length) },
    }), ctx());
    expect(declared.status).toBe(413);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent > 8 * 1024 * 1024) return c.close(); // bounded: the server must stop long before
        sent += 64 * 1024;
        c.enqueue(new Uint8Array(64 * 1024).fill(120));
      },
    });
    const streamed = await POST(new Request(`http://${HOST}/api/v1/cases/${caseId}/notes`, {
      method: "POST", body: stream, duplex: "half", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    } as RequestInit), ctx());
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(4 * 1024 * 1024);
  });

  it("answers 400, not 500, to a NUL byte in q, tag, a note or a reply", async () => {
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const { GET } = await import("@/app/api/v1/cases/route");
    for (const qs of ["q=a%00b", "tag=x%00"]) {
      const res = await GET(req(`/api/v1/cases?${qs}`, { headers: auth }), {} as never);
      expect(res.status, qs).toBe(400);
    }
    const POST = await notesRoute();
    const note = await POST(req(`/api/v1/cases/${caseId}/notes`, { method: "POST", body: JSON.stringify({ text: "a\u0000b" }), headers: auth }), ctx());
    expect(note.status).toBe(400);
    const replies = (await import("@/app/api/v1/cases/[id]/replies/route")).POST;
    const reply = await replies(req(`/api/v1/cases/${caseId}/replies`, {
      method: "POST", body: JSON.stringify({ text: "Bonjour\u0000", visibility: "public" }), headers: auth,
    }), ctx());
    expect(reply.status).toBe(400);
  });
});

describe("per-token rate limit", () => {
  it("counts per token, sends RateLimit-* headers, and answers 429 past the limit", async () => {
    process.env.API_RATE_LIMIT = "3";
    try {
      const { GET } = await import("@/app/api/v1/me/route");
      const t1 = (await createApiToken(db.prisma, { email: cm.email, name: "one" })).token;
      const t2 = (await createApiToken(db.prisma, { email: cm.email, name: "two" })).token;
      const call = (t: string) => GET(req("/api/v1/me", { headers: { authorization: `Bearer ${t}` } }), {} as never);
      const first = await call(t1);
      expect(first.status).toBe(200);
      expect(first.headers.get("RateLimit-Limit")).toBe("3");
      expect(first.headers.get("RateLimit-Remaining")).toBe("2");
      await call(t1);
      await call(t1);
      const over = await call(t1);
      expect(over.status).toBe(429);
      expect(Number(over.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect((await call(t2)).status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT;
    }
  });
});

describe("server-side requests to any URL", () => {
  it("refuses a channel whose apiBaseUrl is loopback or private with 400", async () => {
    const { POST } = await import("@/app/api/v1/channels/route");
    const lead = await makeMember(db.prisma, cm.workspaceId, "TEAM_LEAD");
    const t = (await createApiToken(db.prisma, { email: lead.email })).token;
    const saved = process.env.CONNECTOR_ALLOW_PRIVATE_URLS;
    delete process.env.CONNECTOR_ALLOW_PRIVATE_URLS;
    try {
      for (const apiBaseUrl of ["http://127.0.0.1:9", "https://169.254.169.254", "https://localhost"]) {
        const res = await POST(req("/api/v1/channels", {
          method: "POST", headers: { authorization: `Bearer ${t}`, "content-type": "application/json" },
          body: JSON.stringify({
            kind: "facebook_page", externalId: "4242", name: "Page", apiBaseUrl,
            secrets: { appSecret: "s".repeat(32), pageAccessToken: "EAAB" + "x".repeat(40), verifyToken: "verify-token-1" },
          }),
        }), {} as never);
        const body = await res.json();
        expect(res.status, `${apiBaseUrl}: ${JSON.stringify(body)}`).toBe(400);
        expect(body.error.code).toBe("private_url");
      }
      expect(await db.prisma.channel.count({ where: { externalId: "4242" } })).toBe(0);
    } finally {
      process.env.CONNECTOR_ALLOW_PRIVATE_URLS = saved;
    }
  });
});
