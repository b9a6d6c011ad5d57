// The OpenAPI document and the route files must agree: every exported handler of app/api/v1 is documented
// (except the 405 answers to DELETE and the JSON 404 catch-all), and every documented operation has a handler.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-document";
import { OPERATIONS } from "@/lib/api/openapi/operations";

const ROOT = path.resolve(__dirname, "../../app/api/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? routeFiles(p) : e === "route.ts" ? [p] : [];
  });
}

/** "GET /api/v1/cases/{id}" for each handler a route file exports (405 answers excluded). */
function implemented(): string[] {
  const out: string[] = [];
  for (const file of routeFiles(ROOT)) {
    const rel = path.relative(ROOT, path.dirname(file)).split(path.sep).filter(Boolean);
    if (rel.some((s) => s.startsWith("[..."))) continue;
    const url = "/api/v1" + rel.map((s) => (s.startsWith("[") ? `{${s.slice(1, -1)}}` : `/${s}`).replace(/^(?!\/)/, "/")).join("");
    const src = readFileSync(file, "utf8");
    for (const m of src.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PATCH|PUT|DELETE)\b(\s*=\s*methodNotAllowed)?/g)) {
      if (!m[2]) out.push(`${m[1]} ${url}`);
    }
    for (const m of src.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of m[1]!.split(",")) {
        const verb = /as\s+(GET|POST|PATCH|PUT|DELETE)\b/.exec(part)?.[1];
        if (verb) out.push(`${verb} ${url}`);
      }
    }
  }
  return out.sort();
}

describe("OpenAPI document", () => {
  it("documents exactly the handlers the route files export", () => {
    const documented = OPERATIONS.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort();
    expect(documented).toEqual(implemented());
  });

  it("is OpenAPI 3.1 with a schema for every request body and query, and unique operation ids", () => {
    const doc = buildOpenApiDocument();
    expect(doc.openapi).toBe("3.1.0");
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p)) as { operationId: string; requestBody?: { content: Record<string, { schema: object }> } }[];
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(ops.length);
    const invite = doc.paths["/api/v1/members"]!.post as { requestBody: { content: { "application/json": { schema: { properties: Record<string, { enum?: string[] }>; required: string[] } } } } };
    const schema = invite.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(expect.arrayContaining(["email", "name", "role"]));
    expect(schema.properties.role!.enum).toEqual(["COMMUNITY_MANAGER", "CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"]);
    for (const o of OPERATIONS.filter((x) => x.body)) {
      expect(doc.paths[o.path]![o.method], `${o.method} ${o.path}`).toHaveProperty("requestBody");
    }
  });
});
