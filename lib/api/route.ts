// The Next.js route handler of a declared operation (lib/api/operation.ts): the request checks, authentication
// and rate limit of withMember/withPublic, then path parameters, query and JSON body parsed with the declared
// schemas (a ZodError is a 400 naming the field, through toProblem), the handler, and the declared success
// status. Under API_CHECK_RESPONSES=1 (the test suite) the answer is also checked against the declared schema,
// as it goes on the wire: a mismatch is a 500 `response_mismatch` naming the field, so drift fails a test.
import "server-only";
import type { z } from "zod";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { searchParamsObject } from "../cases/schemas";
import { errorBody, json, withMember, withPublic } from "./handler";
import { Answer, type AnyOperation } from "./operation";

type Ctx = { params?: Promise<Record<string, string | string[]>> };

async function run(op: AnyOperation, req: Request, member: Member, ctx: Ctx | undefined): Promise<Response> {
  // The role first: a member who may not call it learns nothing from how the input is checked (403, not 400).
  // The use case checks again, with what it loads (scope, state).
  if ("permission" in op.access && !op.access.ownRecord) assertCan(member.role, op.access.permission);
  const params = op.params ? (op.params as z.ZodType).parse((await ctx?.params) ?? {}) : undefined;
  const query = op.query ? (op.query as z.ZodType).parse(searchParamsObject(new URL(req.url).searchParams)) : undefined;
  const body = op.body ? (op.body as z.ZodType).parse(await req.json().catch(() => undefined)) : undefined;
  const input = { req, member, params, query, body };
  if (op.kind === "raw") return op.handler(input);
  const result = await op.handler(input);
  const [status, out] = result instanceof Answer ? [result.status, result.body] : [op.status, result];
  const declared = status === op.status || (op.also !== undefined && status in op.also);
  return checkedJson(op, op.response, out, status, declared);
}

/**
 * A JSON answer, checked under API_CHECK_RESPONSES against `schema` (JSON operations through run(); a raw
 * operation's JSON branch calls it itself): a drift is a 500 `response_mismatch` naming the field.
 */
export function checkedJson(op: { method: string; path: string }, schema: z.ZodType, body: unknown, status = 200, declared = true): Response {
  if (process.env.API_CHECK_RESPONSES === "1") {
    const mismatch = declared ? checkResponse(schema, body) : `status ${status} is not declared`;
    if (mismatch) {
      const text = `${op.method} ${op.path} answered outside its declaration: ${mismatch}`;
      console.error(`[api] ${text}`);
      return json(errorBody("response_mismatch", text), 500);
    }
  }
  return json(body, status);
}

/** The body as a client receives it (JSON), checked against the schema; the first problem, or null. */
export function checkResponse(schema: z.ZodType, body: unknown): string | null {
  const wire: unknown = JSON.parse(JSON.stringify(body, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "null");
  const r = schema.safeParse(wire);
  if (r.success) return null;
  const first = r.error.issues[0]!;
  return `${first.path.join(".") || "(body)"}: ${first.message}`;
}

/**
 * `export const GET = route(getCaseOp)` in the route file: the whole handler. It carries its declaration
 * (`operation`), so tests/unit/openapi.test.ts can check each route file serves the operation its path declares.
 */
export function route(op: AnyOperation) {
  const handler = "public" in op.access
    ? withPublic<Ctx | undefined>((req, ctx) => run(op, req, null as unknown as Member, ctx))
    : withMember<Ctx | undefined>((req, member, ctx) => run(op, req, member, ctx));
  return Object.assign(handler, { operation: op });
}
