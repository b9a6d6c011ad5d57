// The OpenAPI 3.1 document, generated from OPERATIONS and their zod schemas (zod 4's JSON Schema output is
// draft 2020-12, which OpenAPI 3.1 uses as is).
import { z } from "zod";
import { OPERATIONS, type Operation } from "./operations";

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): Json {
  // Input side: what a client sends (defaults optional, transforms described by their input).
  const s = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  delete s.$schema;
  return s;
}

function parameters(op: Operation): Json[] {
  const params: Json[] = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1], in: "path", required: true, schema: { type: "string" },
  }));
  if (op.query) {
    const q = jsonSchema(op.query) as { properties?: Record<string, Json>; required?: string[] };
    for (const [name, schema] of Object.entries(q.properties ?? {})) {
      params.push({ name, in: "query", required: q.required?.includes(name) ?? false, schema });
    }
  }
  return params;
}

const error = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

export function buildOpenApiDocument(serverUrl = "/") {
  const paths: Record<string, Record<string, Json>> = {};
  for (const op of OPERATIONS) {
    const [status, description] = op.success;
    const item = (paths[op.path] ??= {});
    item[op.method] = {
      operationId: `${op.method}${op.path.replace(/^\/api\/v1/, "").replace(/\{(\w+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      summary: op.summary,
      tags: [op.tag],
      ...(op.public ? { security: [] } : {}),
      parameters: parameters(op),
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: jsonSchema(op.body) } } } } : {}),
      responses: {
        [status]: { description, content: { [op.produces ?? "application/json"]: { schema: {} } } },
        400: error("Invalid parameters (the message names them)"),
        ...(op.public ? { 404: error("Unknown token"), 410: error("Token used, expired or withdrawn") } : { 401: error("No or bad credentials"), 403: error("The role does not allow it") }),
        ...(op.public && op.method !== "get" ? { 429: error("Too many requests from this source, or a locked-out password (see Retry-After)") } : {}),
        409: error("The current state does not allow it"),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Social Inbox API",
      version: "1",
      description: "Complaint triage: cases, replies, moderation, channels and administration. Errors are { error: { code, message, details? } }. Nothing is deleted: DELETE answers 405.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    tags: [...new Set(OPERATIONS.map((o) => o.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "A token from the API tokens page or `npm run -s token`" },
        session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" }, details: {} } } },
        },
      },
    },
  };
}
