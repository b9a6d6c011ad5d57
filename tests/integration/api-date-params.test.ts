// Issue #26 item 8: every date parameter of the API answers a wrong date with 400 naming the field — never a 500
// (an Invalid Date reaching the database) nor a silent empty answer ("2026-02-31" rolling over to 3 March). The
// parameters are found in the operation declarations (lib/api/operations), so a date parameter added later is
// tested here without a new line; each is sent to the real route handler with an admin's API token.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { API_OPERATIONS } from "@/lib/api/operations";
import { createApiToken } from "@/lib/auth/api-tokens";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
type Handler = (req: Request, ctx: never) => Promise<Response>;
const ROUTES: Record<string, () => Promise<{ GET: Handler }>> = {
  "/api/v1/cases": () => import("@/app/api/v1/cases/route") as never,
  "/api/v1/cases/counts": () => import("@/app/api/v1/cases/counts/route") as never,
  "/api/v1/metrics": () => import("@/app/api/v1/metrics/route") as never,
  "/api/v1/metrics/cases": () => import("@/app/api/v1/metrics/cases/route") as never,
  "/api/v1/audit-events": () => import("@/app/api/v1/audit-events/route") as never,
};
const GOOD: Record<string, string> = { from: "2026-11-01", to: "2026-11-30" };
const BAD = ["2026-13-45", "2026-02-31", "2025-02-29", "yesterday", "2026-11-30T25:00:00Z"];

type Json = { type?: string; format?: string; anyOf?: Json[]; properties?: Record<string, Json>; required?: string[] };
const isDate = (s: Json): boolean => s.format === "date" || s.format === "date-time" || (s.anyOf ?? []).some(isDate);

/** Every GET operation's query parameters that are dates, with the parameters it requires. */
const dateParams = API_OPERATIONS.filter((op) => op.method === "GET" && op.query).flatMap((op) => {
  const js = z.toJSONSchema(op.query as z.ZodType, { io: "input", unrepresentable: "any" }) as Json;
  return Object.entries(js.properties ?? {}).filter(([, s]) => isDate(s)).map(([name]) => ({ path: op.path, name, required: js.required ?? [] }));
});

let db: TestDatabase;
let token: string;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws } = await makeWorkspace(db.prisma);
  const admin = await makeMember(db.prisma, ws.id, "ADMIN");
  token = (await createApiToken(db.prisma, { email: admin.email })).token;
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

async function get(path: string, params: Record<string, string>): Promise<Response> {
  const { GET } = await ROUTES[path]!();
  const url = `http://${HOST}${path}?${new URLSearchParams(params)}`;
  return GET(new Request(url, { headers: { host: HOST, authorization: `Bearer ${token}` } }), {} as never);
}

describe("date parameters of the API", () => {
  it("are found in the OpenAPI source, each with a route to call", () => {
    const found = dateParams.map((p) => `${p.path}?${p.name}`);
    expect(found).toEqual(expect.arrayContaining([
      "/api/v1/cases?from", "/api/v1/cases?to", "/api/v1/metrics?from", "/api/v1/metrics?to",
      "/api/v1/audit-events?from", "/api/v1/audit-events?to",
    ]));
    for (const p of dateParams) expect(ROUTES, `no route loader for ${p.path}`).toHaveProperty([p.path]);
  });

  it("answer a good date with 200", async () => {
    for (const path of new Set(dateParams.map((p) => p.path))) {
      const names = dateParams.filter((p) => p.path === path).map((p) => p.name);
      const res = await get(path, Object.fromEntries(names.map((n) => [n, GOOD[n] ?? GOOD.from!])));
      expect(res.status, path).toBe(200);
    }
  });

  it("answer each wrong date with 400 naming the field", async () => {
    let checked = 0;
    for (const p of dateParams) {
      for (const bad of BAD) {
        const good = Object.fromEntries(p.required.filter((r) => r !== p.name).map((r) => [r, GOOD[r] ?? GOOD.from!]));
        const res = await get(p.path, { ...good, [p.name]: bad });
        const label = `${p.path}?${p.name}=${bad}`;
        expect(res.status, label).toBe(400);
        const body = (await res.json()) as { error: { code: string; message: string; details: { path: string }[] } };
        expect(body.error.code, label).toBe("invalid_request");
        expect(body.error.message, label).toContain(`${p.name} must be`);
        expect(body.error.details.map((d) => d.path), label).toContain(p.name);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6 * BAD.length);
  });
});
