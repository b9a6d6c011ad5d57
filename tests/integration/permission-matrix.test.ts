// The permission matrix (issue #11): every API route and every exported server action × every role, generated
// from the code itself. A route or action without an entry in ./permission-matrix/rules.ts fails here, by name.
// Routes are called as real Requests with each role's API token; actions run with each role's session (only
// next-auth's cookie decoding is replaced, the member is loaded and checked for real).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { buildFixture, ROLES, type MatrixFixture } from "./permission-matrix/fixture";
import { ACTION_RULES, ROUTE_RULES, type Rule } from "./permission-matrix/rules";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; sv: number } } }));
vi.mock("next-auth", async (orig) => ({ ...(await orig<object>()), getServerSession: async () => session.current }));
// Jobs and page caches are outside what is being checked: enqueueing and revalidation become no-ops.
const noops = async (orig: () => Promise<Record<string, unknown>>) =>
  Object.fromEntries(Object.entries(await orig()).map(([k, v]) => [k, typeof v === "function" ? async () => undefined : v]));
vi.mock("@/lib/server/jobs", async (orig) => noops(orig as never));
vi.mock("next/cache", async (orig) => noops(orig as never));
// No request scope under vitest: an empty cookie jar and header bag (locale falls back to the default).
vi.mock("next/headers", async (orig) => ({
  ...(await orig<object>()),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers(),
}));

const ROOT = path.resolve(__dirname, "../..");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string, match: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = path.join(dir, e);
    return statSync(p).isDirectory() ? walk(p, match) : match(p) ? [p] : [];
  });
}

interface Found { key: string; file: string; exportName: string }

async function findRoutes(): Promise<Found[]> {
  const files = walk(path.join(ROOT, "app"), (f) => /\/route\.(ts|tsx|js)$/.test(f));
  const found: Found[] = [];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    const route = "/" + path.relative(path.join(ROOT, "app"), path.dirname(file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join("/");
    for (const m of METHODS) if (typeof mod[m] === "function") found.push({ key: `${m} ${route}`, file, exportName: m });
  }
  return found;
}

async function findActions(): Promise<Found[]> {
  const files = walk(path.join(ROOT, "app"), (f) => /\.(ts|tsx)$/.test(f));
  const found: Found[] = [];
  for (const file of files) {
    const src = (await import("node:fs")).readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(src)) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    for (const [name, v] of Object.entries(mod)) if (typeof v === "function") found.push({ key: `${rel}#${name}`, file, exportName: name });
  }
  return found;
}

function allowed(rule: Rule<unknown>, role: Role): boolean {
  if (rule.kind === "member") return true;
  if (rule.kind === "permission") return can(role, rule.permission);
  return false;
}

let db: TestDatabase;
let f: MatrixFixture;
let routes: Found[];
let actions: Found[];
const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db); // the routes' getPrisma() answers with this test's database
  f = await buildFixture(db.prisma);
  [routes, actions] = await Promise.all([findRoutes(), findActions()]);
}, 120_000);
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

describe("every route and server action has a rule", () => {
  it("finds the routes and actions in the code (the scanner works)", () => {
    expect(routes.map((r) => r.key)).toContain("PATCH /api/v1/cases/[id]");
    expect(actions.map((a) => a.key)).toContain("app/actions/case-actions.ts#replyAction");
  });

  it("has an entry in tests/integration/permission-matrix/rules.ts for every API route", () => {
    const missing = routes.map((r) => r.key).filter((k) => !(k in ROUTE_RULES));
    expect(missing, `Add these routes to ROUTE_RULES in tests/integration/permission-matrix/rules.ts: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(ROUTE_RULES).filter((k) => !routes.some((r) => r.key === k));
    expect(stale, `ROUTE_RULES names routes that do not exist: ${stale.join(", ")}`).toEqual([]);
  });

  it("has an entry for every exported server action", () => {
    const missing = actions.map((a) => a.key).filter((k) => !(k in ACTION_RULES));
    expect(missing, `Add these server actions to ACTION_RULES in tests/integration/permission-matrix/rules.ts: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(ACTION_RULES).filter((k) => !actions.some((a) => a.key === k));
    expect(stale, `ACTION_RULES names actions that do not exist: ${stale.join(", ")}`).toEqual([]);
  });
});

async function callRoute(r: Found, role: Role | null, call: { params?: object; query?: Record<string, string>; body?: unknown }) {
  const mod = (await import(r.file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
  const url = new URL(`http://127.0.0.1${r.key.split(" ")[1]!.replace(/\[(\.\.\.)?(\w+)\]/g, (_m, _d, p: string) => String((call.params as Record<string, string>)?.[p] ?? p))}`);
  for (const [k, v] of Object.entries(call.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = role ? { authorization: `Bearer ${f.tokens[role]}` } : {};
  if (call.body !== undefined) headers["content-type"] = "application/json";
  const ac = new AbortController();
  const req = new Request(url, { method: r.exportName, headers, signal: ac.signal, body: call.body === undefined ? undefined : JSON.stringify(call.body) });
  const res = await mod[r.exportName]!(req, { params: Promise.resolve(call.params ?? {}) });
  ac.abort();
  await res.body?.cancel().catch(() => undefined);
  return res.status;
}

describe("API routes × roles", () => {
  it("answers each role as its rule says", async () => {
    const failures: string[] = [];
    for (const r of routes) {
      const rule = ROUTE_RULES[r.key];
      if (!rule || rule.kind === "public" || rule.kind === "pending") continue;
      if (rule.kind === "nothing_deleted") {
        for (const role of ROLES) {
          const s = await callRoute(r, role, {});
          if (s !== 405) failures.push(`${r.key} as ${role}: ${s}, expected 405`);
        }
        continue;
      }
      const call = rule.call(f);
      const anon = await callRoute(r, null, call);
      if (anon !== 401 && anon !== 403) failures.push(`${r.key} without credentials: ${anon}, expected 401`);
      for (const role of ROLES) {
        const s = await callRoute(r, role, call);
        const exact = rule.kind === "permission" ? rule.exact : undefined;
        // An `exact` rule calls a real row: allowed means past the lookup too, refused means 403 (or the 404 it names).
        const refusal = exact ? [exact.notFoundFor.includes(role) ? 404 : 403] : [403, 404];
        const ok = allowed(rule, role) ? ![401, 403, 500, ...(exact ? [404] : [])].includes(s) : refusal.includes(s);
        if (!ok) failures.push(`${r.key} as ${role}: ${s}, expected ${allowed(rule, role) ? (exact ? "allowed (not 404)" : "allowed") : refusal.join("/")}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

async function callAction(a: Found, role: Role, args: unknown[]): Promise<"refused" | "allowed" | string> {
  const m = f.members[role];
  session.current = { user: { id: m.userId, sv: 0 } };
  const mod = (await import(a.file)) as Record<string, (...x: unknown[]) => Promise<unknown>>;
  try {
    const out = (await mod[a.exportName]!(...args)) as { ok?: boolean; code?: string; error?: string } | undefined;
    if (out && out.ok === false && (out.code === "forbidden" || out.code === "not_found")) return "refused";
    if (out && typeof out.error === "string" && /not allowed|forbidden|not found/i.test(out.error)) return "refused";
    return "allowed";
  } catch (err) {
    const digest = String((err as { digest?: string }).digest ?? "");
    if (digest.includes("/forbidden") || digest.includes("/signin")) return digest.includes("/signin") ? "signed-out" : "refused";
    return `threw ${(err as Error).message}`;
  } finally {
    session.current = null;
  }
}

describe("server actions × roles", () => {
  it("answers each role as its rule says", async () => {
    const failures: string[] = [];
    for (const a of actions) {
      const rule = ACTION_RULES[a.key];
      if (!rule || rule.kind === "public" || rule.kind === "nothing_deleted" || rule.kind === "pending") continue;
      const args = rule.call(f);
      for (const role of ROLES) {
        const got = await callAction(a, role, args);
        const want = allowed(rule, role) ? "allowed" : "refused";
        if (got !== want) failures.push(`${a.key} as ${role}: ${got}, expected ${want}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
