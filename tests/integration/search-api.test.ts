// Issue #24: the API and the inbox's live counts search as the inbox page does. A mistyped search that finds
// nothing is retried with look-alike words ("livraisno" → "livraison"); the list says what it searched
// for (`searchedFor`), and the counts behind the same filters count the cases the list shows, not zero.
// Real route handlers, an admin's API token, both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
type Handler = (req: Request, ctx: never) => Promise<Response>;
let db: TestDatabase;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws, channel } = await makeWorkspace(db.prisma);
  const admin = await makeMember(db.prisma, ws.id, "ADMIN");
  token = (await createApiToken(db.prisma, { email: admin.email })).token;
  const texts = ["Problème de livraison depuis un mois", "Toujours aucune livraison, c'est long", "Colis reçu cassé"];
  await ingestEvents(db.prisma, channel.id, texts.map((body, i) => comment({
    externalId: `m-${i}`, body, author: { platformUserId: `u-${i}`, name: `Client ${i}`, handle: `c${i}` },
  })));
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

async function get(path: string, q: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const route = (path === "/api/v1/cases" ? await import("@/app/api/v1/cases/route") : await import("@/app/api/v1/cases/counts/route")) as unknown as { GET: Handler };
  const res = await route.GET(new Request(`http://${HOST}${path}?${new URLSearchParams({ q })}`,
    { headers: { host: HOST, authorization: `Bearer ${token}` } }), {} as never);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe("search through the API", () => {
  it("retries a mistyped search with look-alike words and says what it searched for", async () => {
    const list = await get("/api/v1/cases", "livraisno");
    expect(list.status).toBe(200);
    expect((list.body.data as unknown[]).length).toBe(2);
    expect(list.body.searchedFor).toMatch(/livraison/);
  });

  it("leaves a search that finds something as it was typed", async () => {
    const list = await get("/api/v1/cases", "livraison");
    expect((list.body.data as unknown[]).length).toBe(2);
    expect(list.body.searchedFor).toBeNull();
  });

  it("counts, behind a mistyped search, the cases the list shows", async () => {
    const counts = await get("/api/v1/cases/counts", "livraisno");
    expect(counts.status).toBe(200);
    expect((counts.body.data as { total: number }).total).toBe(2);
  });
});
