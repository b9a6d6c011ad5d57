// Issue #21 item 1: a platform refusing a call made while the user waits is the platform's answer, not our
// failure. Hiding a comment that Graph refuses (the real Facebook connector against the fake Graph server) shows
// the platform's reason in the reader's language through the server action, answers 502 platform_error through
// the API (its contract unchanged), and records nothing as hidden.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { facebookChannelOn } from "../helpers/channels";
import { comment } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

// Only next-auth's cookie decoding and the request scope are replaced: the member is loaded and checked for real.
const request = vi.hoisted(() => ({ session: null as null | { user: { id: string; sv: number } }, acceptLanguage: "en" }));
vi.mock("next-auth", async (orig) => ({ ...(await orig<object>()), getServerSession: async () => request.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", async (orig) => ({
  ...(await orig<object>()),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers({ "accept-language": request.acceptLanguage }),
}));

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
let db: TestDatabase;
let graph: FakeGraph;
let cm: Member;
let messageId: string;
let caseId: string;

// Graph's answer when the Page token lacks the permission to hide: an OAuthException with code 200.
const refusal = { status: 403, error: { code: 200, message: "(#200) Requires pages_manage_engagement permission" } };

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db); // the action's and the route's getPrisma() answer with this database
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  const fb = await facebookChannelOn(db.prisma, graph);
  cm = fb.cm;
  const postId = `${graph.pageId}_91`;
  graph.addPost({ id: postId });
  graph.addComment({ id: "91_1", post_id: postId, message: "Mon tel 06 12 34 56 78", from: { id: "71", name: "Léa" } });
  const s = await ingestEvents(db.prisma, fb.channel.id, [comment({ externalId: "91_1", body: "Mon tel 06 12 34 56 78", thread: { externalId: postId, kind: "POST" } })]);
  caseId = s.caseIds[0]!;
  messageId = (await db.prisma.message.findFirstOrThrow({ where: { caseId } })).id;
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await graph?.close();
  await db?.dispose();
});

async function hideAs(member: Member, acceptLanguage: string) {
  const { hideMessageAction } = await import("@/app/actions/guard-actions");
  request.session = { user: { id: member.userId, sv: 0 } };
  request.acceptLanguage = acceptLanguage;
  try {
    return await hideMessageAction(messageId, caseId, { reason: "personal_data" });
  } finally {
    request.session = null;
  }
}

describe("a platform refusal in a server action", () => {
  it("is a form message with the platform's reason, in English and in French, and nothing is recorded", async () => {
    graph.failNext(2, refusal);
    const en = await hideAs(cm, "en");
    expect(en).toMatchObject({ ok: false, code: "platform_error", details: { retryable: false, code: "200" } });
    expect(en.ok ? "" : en.error).toMatch(/^The platform refused: Facebook: .*Requires pages_manage_engagement permission/);
    const fr = await hideAs(cm, "fr-FR,fr;q=0.9");
    expect(fr.ok ? "" : fr.error).toMatch(/^La plateforme a refusé\u202f: Facebook: .*Requires pages_manage_engagement permission/);
    expect(graph.getComment("91_1")?.is_hidden).toBeFalsy();
    expect(await db.prisma.messageEvent.count({ where: { messageId, kind: "HIDDEN" } })).toBe(0);
  });

  it("keeps the API's answer: 502 platform_error with the platform's words", async () => {
    graph.failNext(1, refusal);
    const { POST } = await import("@/app/api/v1/messages/[id]/hide/route");
    const { token } = await createApiToken(db.prisma, { email: cm.email });
    const res = await POST(new Request(`http://127.0.0.1:3000/api/v1/messages/${messageId}/hide`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ reason: "personal_data" }),
    }), { params: Promise.resolve({ id: messageId }) });
    expect(res.status).toBe(502);
    const body = (await res.json()) as { error: { code: string; message: string; details: unknown } };
    expect(body.error).toMatchObject({ code: "platform_error", details: { retryable: false, code: "200" } });
    expect(body.error.message).toMatch(/^Facebook: .*Requires pages_manage_engagement permission/);
  });

  it("still hides once the platform accepts", async () => {
    const ok = await hideAs(cm, "en");
    expect(ok).toEqual({ ok: true, data: undefined });
    expect(graph.getComment("91_1")?.is_hidden).toBe(true);
  });
});
