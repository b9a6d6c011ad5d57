// Routes are defined once (issue #21 item 2): every /api/v1 handler is route(op) for a declared operation whose
// method and path are the route file's own, every declared operation is served, and the OpenAPI document is
// generated from those declarations (zod-openapi) with a schema for every request and every JSON answer.
// That answers match their schemas is checked on every call of the test suite (API_CHECK_RESPONSES, see
// tests/integration/api-declarations.test.ts for a route that breaks its declaration on purpose).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import type { AnyOperation } from "@/lib/api/operation";
import { API_OPERATIONS } from "@/lib/api/operations";

const ROOT = path.resolve(__dirname, "../../app/api/v1");
const VERBS = ["GET", "POST", "PATCH", "PUT", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? routeFiles(p) : e === "route.ts" ? [p] : [];
  });
}

/** "/api/v1/cases/{id}" for app/api/v1/cases/[id]/route.ts; null for the JSON 404 catch-all. */
function urlOf(file: string): string | null {
  const rel = path.relative(ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
  if (rel.some((s) => s.startsWith("[..."))) return null;
  return "/api/v1" + rel.map((s) => (s.startsWith("[") ? `/{${s.slice(1, -1)}}` : `/${s}`)).join("");
}

type Handler = ((...a: unknown[]) => unknown) & { operation?: AnyOperation; methodNotAllowed?: string };

async function served(): Promise<{ key: string; op?: AnyOperation; notAllowed: boolean }[]> {
  const out: { key: string; op?: AnyOperation; notAllowed: boolean }[] = [];
  for (const file of routeFiles(ROOT)) {
    const url = urlOf(file);
    if (!url) continue;
    const mod = (await import(file)) as Record<string, Handler | undefined>;
    for (const verb of VERBS) {
      const h = mod[verb];
      if (!h) continue;
      // A 405 answer (nothing is deleted) is not an operation.
      const notAllowed = typeof h.methodNotAllowed === "string";
      out.push({ key: `${verb} ${url}`, op: h.operation, notAllowed });
    }
  }
  return out;
}

describe("routes defined once", () => {
  it("every handler of app/api/v1 is route(op) for the operation its method and path declare, or a 405", async () => {
    const handlers = await served();
    const strays = handlers.filter((h) => !h.op && !h.notAllowed).map((h) => h.key);
    expect(strays, "handlers written by hand, outside a declaration").toEqual([]);
    for (const h of handlers.filter((x) => x.op)) expect(`${h.op!.method} ${h.op!.path}`).toBe(h.key);
  });

  it("every declared operation is served, exactly once", async () => {
    const keys = (await served()).filter((h) => h.op).map((h) => h.key).sort();
    expect(API_OPERATIONS.map((o) => `${o.method} ${o.path}`).sort()).toEqual(keys);
  });
});

describe("OpenAPI document", () => {
  const doc = buildOpenApiDocument();
  const paths = doc.paths ?? {};
  const ops = Object.values(paths).flatMap((p) => Object.values(p as object)) as {
    operationId: string; requestBody?: object; responses: Record<string, { content?: Record<string, { schema?: object }> }>;
  }[];

  it("is OpenAPI 3.1 with unique operation ids", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(ops.length).toBe(API_OPERATIONS.length);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
  });

  it("has a schema for every request body and every JSON answer, with its declared status", () => {
    for (const o of API_OPERATIONS) {
      const item = (paths[o.path] as Record<string, (typeof ops)[number]>)[o.method.toLowerCase()]!;
      if (o.body) expect(item, `${o.method} ${o.path}`).toHaveProperty("requestBody");
      if (o.kind !== "json") continue;
      const schema = item.responses[String(o.status)]?.content?.["application/json"]?.schema;
      expect(schema, `${o.method} ${o.path} ${o.status}`).toBeTruthy();
      expect(Object.keys(schema!).length, `${o.method} ${o.path}: an empty schema says nothing`).toBeGreaterThan(0);
    }
  });

  it("describes inputs from the same zod schemas that parse them", () => {
    const invite = API_OPERATIONS.find((o) => o.method === "POST" && o.path === "/api/v1/members");
    if (!invite) return; // declared by the administration area
    const schema = (paths["/api/v1/members"] as { post: { requestBody: { content: { "application/json": { schema: { properties: Record<string, { enum?: string[] }>; required: string[] } } } } } }).post.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["email", "name", "role"]));
    expect(schema.properties.role!.enum).toEqual(["COMMUNITY_MANAGER", "CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"]);
  });
});
