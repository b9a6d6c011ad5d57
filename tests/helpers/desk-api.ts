// Shared setup of the desk API tests (tests/integration/desk-api*.test.ts): a fresh database with a community
// manager, two customer-service agents (one in team T), a lead and their API tokens, and helpers that call the
// escalation route over HTTP. The state is exported as live bindings, set by the beforeAll of setupDeskApi().
import { afterAll, beforeAll, expect } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "./factories";
import { createTestDatabase, type TestDatabase } from "./test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export let db: TestDatabase;
let channelId: string;
export let cm: Member, cs: Member, cs2: Member, lead: Member;
const tokens: Record<string, string> = {};
export let teamT: string; // cs's team
export let teamU: string; // a customer-service team nobody here is in
let n = 0;

export type ErrorBody = { error: { code: string; message: string; details?: { path: string; message: string }[] } };
export type Esc = Record<string, unknown> & { id: string; status: string; sla: { clock: string | null; dueAt: string | null; late: boolean } };
export type Notif = { id: string; kind: string; caseId: string | null; text: string; createdAt: string; readAt: string | null };

export function call(who: Member, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://${HOST}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    headers: { host: HOST, authorization: `Bearer ${tokens[who.userId]}`, "content-type": "application/json", ...headers },
  });
}

export async function escalate(who: Member, caseId: string, body: unknown) {
  const { POST } = await import("@/app/api/v1/cases/[id]/escalations/route");
  return POST(call(who, "POST", `/api/v1/cases/${caseId}/escalations`, body), { params: Promise.resolve({ id: caseId }) });
}

/** A new case from a customer's comment, owned by the community manager. */
export async function newCase(): Promise<string> {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [
    comment({ externalId: `api${n}`, body: `Colis ${n} jamais arrivé`, author: { platformUserId: `c${n}`, name: `Client ${n}` } }),
  ]);
  const caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  return caseId;
}

/** Escalates a fresh case over HTTP and returns the created escalation's id. */
export async function escalated(body: Record<string, unknown>): Promise<{ id: string; caseId: string }> {
  const caseId = await newCase();
  const res = await escalate(cm, caseId, { reason: "delivery", summary: "Colis perdu", ...body });
  expect(res.status).toBe(201);
  return { id: ((await res.json()) as { data: { id: string } }).data.id, caseId };
}

/** Registers the file's beforeAll (database, members, teams, tokens) and afterAll (dispose). */
export function setupDeskApi(): void {
  beforeAll(async () => {
    db = await createTestDatabase();
    g.__inboxDb = Promise.resolve(db); // the routes' getPrisma() answers with this test's database
    const { ws, channel } = await makeWorkspace(db.prisma);
    channelId = channel.id;
    cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
    cs2 = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
    lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    teamT = (await db.prisma.team.create({ data: { workspaceId: ws.id, name: "SAV livraison", kind: "CUSTOMER_SERVICE" } })).id;
    teamU = (await db.prisma.team.create({ data: { workspaceId: ws.id, name: "SAV facturation", kind: "CUSTOMER_SERVICE" } })).id;
    await db.prisma.membership.updateMany({ where: { userId: cs.userId }, data: { teamId: teamT } });
    for (const m of [cm, cs, cs2, lead]) tokens[m.userId] = (await createApiToken(db.prisma, { email: m.email })).token;
  });
  afterAll(async () => {
    g.__inboxDb = undefined;
    await db?.dispose();
  });
}
