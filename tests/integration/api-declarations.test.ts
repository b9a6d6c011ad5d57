// Issue #21 item 2: an operation is declared once, and what it answers is checked against that declaration on
// every call of the test suite (API_CHECK_RESPONSES=1, tests/helpers/setup-env.ts). Here routes that break
// their declaration on purpose: the drift is a 500 `response_mismatch` naming the field, so the test that
// called the route fails. And every declaration's access agrees with the permission matrix's rule.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { answer, jsonOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";
import { route } from "@/lib/api/route";
import { createApiToken } from "@/lib/auth/api-tokens";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { ROUTE_RULES } from "./permission-matrix/rules";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws } = await makeWorkspace(db.prisma);
  const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  token = (await createApiToken(db.prisma, { email: lead.email })).token;
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

const declared = (answer: unknown) => jsonOperation({
  method: "POST", path: "/api/v1/test/{id}", tag: "Test", summary: "A route for this test", access: { member: true },
  params: z.object({ id: z.uuid() }), body: z.object({ n: z.number() }),
  status: 201, also: { 200: "Already there" }, response: z.looseObject({ data: z.looseObject({ id: z.string(), at: z.iso.datetime({ offset: true }), n: z.number() }) }),
  handler: async () => answer as never,
});

async function call(answer: unknown, body: unknown = { n: 1 }) {
  const handler = route(declared(answer));
  const res = await handler(new Request(`http://${HOST}/api/v1/test/x`, {
    method: "POST", body: JSON.stringify(body),
    headers: { host: HOST, authorization: `Bearer ${token}`, "content-type": "application/json" },
  }), { params: Promise.resolve({ id: "7d6f3c1e-2b1a-4c3d-8e9f-0a1b2c3d4e5f" }) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; error?: { code: string; message: string } } };
}

describe("answers checked against their declaration", () => {
  it("answers with the declared status and body when the handler keeps to its declaration (a Date goes out as its ISO string)", async () => {
    const r = await call({ data: { id: "a", at: new Date("2026-12-06T08:00:00Z"), n: 3, extra: true } });
    expect(r.status).toBe(201);
    expect(r.body.data).toEqual({ id: "a", at: "2026-12-06T08:00:00.000Z", n: 3, extra: true });
  });

  it("turns a drift into a 500 response_mismatch naming the field: a missing field, a wrong type, a wrong envelope", async () => {
    for (const [answer, field] of [
      [{ data: { id: "a", at: new Date() } }, "data.n"],
      [{ data: { id: "a", at: "yesterday", n: 3 } }, "data.at"],
      [{ id: "a", at: new Date(), n: 3 }, "data"],
    ] as const) {
      const r = await call(answer);
      expect(r.status).toBe(500);
      expect(r.body.error?.code).toBe("response_mismatch");
      expect(r.body.error?.message).toContain(`POST /api/v1/test/{id}`);
      expect(r.body.error?.message).toContain(field);
    }
  });

  it("answers another declared status when the handler says so, and refuses one it did not declare", async () => {
    const ok = await call(answer(200, { data: { id: "a", at: new Date(), n: 1 } }));
    expect(ok.status).toBe(200);
    const undeclared = await call(answer(202, { data: { id: "a", at: new Date(), n: 1 } }));
    expect(undeclared.status).toBe(500);
    expect(undeclared.body.error?.message).toContain("status 202 is not declared");
  });

  it("parses the declared inputs: a bad path parameter or body is a 400 naming it, before the handler runs", async () => {
    const r = await call({ data: {} }, { n: "one" });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toContain("n");
  });
});

describe("declarations and the permission matrix agree", () => {
  it("each operation's access is its route's rule in tests/integration/permission-matrix/rules.ts", () => {
    for (const op of API_OPERATIONS) {
      const key = `${op.method} ${op.path.replace(/\{(\w+)\}/g, "[$1]")}`;
      const rule = ROUTE_RULES[key];
      expect(rule, key).toBeDefined();
      if ("permission" in op.access) expect(rule, key).toMatchObject({ kind: "permission", permission: op.access.permission });
      else if ("member" in op.access) expect(rule?.kind, key).toBe("member");
      else expect(rule?.kind, key).toBe("public");
    }
  });
});
