// api_tokens.manage_all through the real routes: an admin lists and revokes every token of the workspace;
// anyone else sees and revokes only their own, and another's token is a 404 to them (not a 403 that would
// say it exists). The permission matrix calls these routes with an unknown token only, so this is where the
// permission is exercised (tests/unit/permissions.test.ts points here).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
type Handler = (req: Request, ctx: unknown) => Promise<Response>;
let db: TestDatabase;
const tokens: Record<"admin" | "cm" | "lead", { token: string; id: string }> = {} as never;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws } = await makeWorkspace(db.prisma);
  for (const [who, role] of [["admin", "ADMIN"], ["cm", "COMMUNITY_MANAGER"], ["lead", "TEAM_LEAD"]] as const) {
    const m = await makeMember(db.prisma, ws.id, role);
    const t = await createApiToken(db.prisma, { email: m.email, name: `${who} token` });
    tokens[who] = { token: t.token, id: t.id };
  }
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

async function list(as: keyof typeof tokens): Promise<string[]> {
  const { GET } = (await import("@/app/api/v1/tokens/route")) as unknown as { GET: Handler };
  const res = await GET(new Request(`http://${HOST}/api/v1/tokens`, { headers: { host: HOST, authorization: `Bearer ${tokens[as].token}` } }), {});
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { name: string }[] }).data.map((t) => t.name).sort();
}

async function revoke(as: keyof typeof tokens, id: string): Promise<number> {
  const { PATCH } = (await import("@/app/api/v1/tokens/[id]/route")) as unknown as { PATCH: Handler };
  const res = await PATCH(new Request(`http://${HOST}/api/v1/tokens/${id}`, {
    method: "PATCH", body: JSON.stringify({ revoked: true }),
    headers: { host: HOST, authorization: `Bearer ${tokens[as].token}`, "content-type": "application/json" },
  }), { params: Promise.resolve({ id }) });
  return res.status;
}

describe("API tokens of others (api_tokens.manage_all)", () => {
  it("lists every token of the workspace to an admin, only their own to the others", async () => {
    expect(await list("admin")).toEqual(["admin token", "cm token", "lead token"]);
    expect(await list("cm")).toEqual(["cm token"]);
    expect(await list("lead")).toEqual(["lead token"]);
  });

  it("lets an admin revoke another's token; another member's token is a 404 to a lead or a community manager", async () => {
    expect(await revoke("cm", tokens.lead.id)).toBe(404);
    expect(await revoke("lead", tokens.cm.id)).toBe(404);
    expect(await revoke("admin", tokens.cm.id)).toBe(200);
    const row = await db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokens.cm.id } });
    expect(row.revokedAt).not.toBeNull(); // revoked, and kept
  });
});
