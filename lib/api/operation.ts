// One declaration per /api/v1 operation: method, path, who may call it, what it takes, what it answers, and the
// handler. Both the Next.js route handler (lib/api/route.ts) and the OpenAPI document
// (lib/api/openapi/build-document.ts) are made from it, so they cannot disagree: the success status is the
// declared one, and under API_CHECK_RESPONSES (the test suite) every answer is checked against the declared
// schema. Declarations live in lib/api/operations/<area>.ts and are listed once in lib/api/operations/index.ts.
import type { z } from "zod";
import type { Member } from "../auth/member";
import type { Permission } from "../auth/permissions";

export type Method = "GET" | "POST" | "PATCH" | "PUT";

/**
 * Who may call it. `permission`: the one the use case asks for (lib/auth/permissions.ts), which the document
 * shows and the permission matrix checks role by role (tests/integration/permission-matrix). `member`: every
 * signed-in member, the use case scoping what each one sees. `public`: no session; the credential is in the
 * request (a one-time token), and `why` says so.
 */
export type Access =
  /** `ownRecord`: a member without the permission may still act on their own record; the use case decides, so
   * route() does not refuse the role up front (it does for every other permission operation). */
  | { permission: Permission; ownRecord?: string }
  | { member: true }
  | { public: string };

interface Base<P, Q, B> {
  method: Method;
  /** OpenAPI form: /api/v1/cases/{id}. */
  path: string;
  tag: string;
  summary: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  /** Extra error statuses worth documenting beyond the common ones (400, 401/403 or 404/410, 409). */
  errors?: Partial<Record<404 | 413 | 429 | 502, string>>;
}

export interface HandlerInput<P, Q, B> {
  req: Request;
  /** The caller. Public operations have none: their handlers must not read it. */
  member: Member;
  params: P;
  query: Q;
  body: B;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

/**
 * What a handler may return for a wire schema: JSON serialisation turns a Date or a bigint into the string the
 * schema describes, so either is accepted where a string is declared (the test-suite check runs on the JSON).
 * The open index of a looseObject is dropped: the declared fields are the contract, extra ones may come.
 */
export type Unwired<T> = T extends string ? string | Date | bigint
  : T extends (infer U)[] ? Unwired<U>[]
  : T extends object ? { [K in keyof T as string extends K ? never : K]: Unwired<T[K]> }
  : T;

export type SuccessStatus = 200 | 201 | 202;

/**
 * A body answered with another of the operation's declared statuses (`also`): e.g. 200 "already connected"
 * beside 201 "connected". Made with `answer(status, body)`.
 */
export class Answer<T> {
  constructor(readonly status: SuccessStatus, readonly body: T) {}
}
export const answer = <T>(status: SuccessStatus, body: T) => new Answer(status, body);

/** A JSON operation: the handler returns the body; the wrapper answers it with `status`. */
export interface JsonOperation<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined, R extends z.ZodType>
  extends Base<P, Q, B> {
  kind: "json";
  status: SuccessStatus;
  /** Other success statuses the handler may choose with answer(), each with what it means (same body schema). */
  also?: Partial<Record<SuccessStatus, string>>;
  /** The success body as it goes on the wire (dates as ISO strings). */
  response: R;
  handler(input: HandlerInput<Out<P>, Out<Q>, Out<B>>): Promise<Unwired<z.input<R>> | Answer<Unwired<z.input<R>>>>;
}

/** An operation whose answer is not one JSON body (the live stream, a CSV export): the handler makes the Response. */
export interface RawOperation<P extends z.ZodType | undefined, Q extends z.ZodType | undefined, B extends z.ZodType | undefined>
  extends Base<P, Q, B> {
  kind: "raw";
  status: 200;
  /** Media types it may answer with, each with what it is. */
  produces: Record<string, string>;
  handler(input: HandlerInput<Out<P>, Out<Q>, Out<B>>): Promise<Response>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of operations of any shapes
export type AnyOperation = JsonOperation<any, any, any, any> | RawOperation<any, any, any>;

/** Declares a JSON operation (types flow from the schemas into the handler). */
export function jsonOperation<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined, R extends z.ZodType = z.ZodType>(op: Omit<JsonOperation<P, Q, B, R>, "kind">): JsonOperation<P, Q, B, R> {
  return { ...op, kind: "json" };
}

export function rawOperation<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined>(op: Omit<RawOperation<P, Q, B>, "kind">): RawOperation<P, Q, B> {
  return { ...op, kind: "raw" };
}
