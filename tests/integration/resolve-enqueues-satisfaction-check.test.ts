// Issue #21 item 3: the satisfaction check is enqueued by the use case (updateCase, through the after-commit hook
// of lib/jobs/after-commit.ts), so every edge that resolves sends it at once: the API route, the server actions
// and bulk resolve (which used to leave it to the minute sweep). Observed on the real pg-boss queue of the test
// database (no worker runs, so the jobs stay there): each resolve leaves one delivery job for its question, and
// the app's enqueuer was asked exactly once per question. A refused resolve enqueues nothing.
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { leaveToSweep, transactionThen } from "@/lib/jobs/after-commit";
import { BOSS_SCHEMA } from "@/lib/jobs/boss-schema";
import { QUEUES, startBoss } from "@/lib/jobs/boss";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

// Only next-auth's cookie decoding and the request scope are replaced: the member is loaded and checked for real.
const request = vi.hoisted(() => ({ session: null as null | { user: { id: string; sv: number } } }));
vi.mock("next-auth", async (orig) => ({ ...(await orig<object>()), getServerSession: async () => request.session }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", async (orig) => ({
  ...(await orig<object>()),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers({ "accept-language": "en" }),
}));

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown>; __inboxBoss?: Promise<PgBoss> };
let db: TestDatabase;
let boss: PgBoss;
let cm: Member;
let token: string;
let channelId: string;
let n = 0;
/** messageId of every delivery job the app's enqueuer asked pg-boss for. */
const sent: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db); // the edges' getPrisma() answers with this database
  boss = await startBoss(db); // no workers: the jobs stay queued, to be counted
  const send = boss.send.bind(boss) as (...a: unknown[]) => Promise<string | null>;
  vi.spyOn(boss, "send").mockImplementation(((name: string, data: { messageId?: string }, ...rest: unknown[]) => {
    if (name === QUEUES.deliver && data?.messageId) sent.push(data.messageId);
    return send(name, data, ...rest);
  }) as never);
  g.__inboxBoss = Promise.resolve(boss); // lib/server/jobs.ts enqueues on this one
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  token = (await createApiToken(db.prisma, { email: cm.email })).token;
  request.session = { user: { id: cm.userId, sv: 0 } };
});
afterAll(async () => {
  g.__inboxDb = undefined;
  g.__inboxBoss = undefined;
  await boss?.stop({ graceful: false, wait: true });
  await db?.dispose();
});

/** An open case from a customer's comment, owned by the community manager. */
async function openCase(): Promise<string> {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [comment({ externalId: `sc${n}`, body: `Commande ${n} jamais reçue`, author: { platformUserId: `sc-u${n}`, name: `Client ${n}` } })]);
  const caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me", status: "OPEN" }), leaveToSweep);
  return caseId;
}

/** The case's satisfaction question: one QUEUED outbound message written by the resolve. */
async function question(caseId: string): Promise<string> {
  const rows = await db.prisma.message.findMany({ where: { caseId, direction: "OUTBOUND", deliveryStatus: "QUEUED" }, select: { id: true } });
  expect(rows, "one satisfaction question").toHaveLength(1);
  return rows[0]!.id;
}

/** Delivery jobs on the queue for this message, and how many times the enqueuer was asked for it. */
async function jobsFor(messageId: string) {
  const rows = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND data->>'messageId' = $2`, QUEUES.deliver, messageId);
  return { queued: rows[0]!.n, asked: sent.filter((id) => id === messageId).length };
}

const patchReq = (path: string, body: unknown) => new Request(`http://127.0.0.1:3000${path}`, {
  method: "PATCH", body: JSON.stringify(body),
  headers: { host: "127.0.0.1:3000", authorization: `Bearer ${token}`, "content-type": "application/json" },
});

describe("resolving enqueues the satisfaction check once, whichever edge", () => {
  it("PATCH /api/v1/cases/{id}", async () => {
    const caseId = await openCase();
    const { PATCH } = await import("@/app/api/v1/cases/[id]/route");
    const res = await PATCH(patchReq(`/api/v1/cases/${caseId}`, { status: "RESOLVED" }), { params: Promise.resolve({ id: caseId }) });
    expect(res.status).toBe(200);
    expect(await jobsFor(await question(caseId))).toEqual({ queued: 1, asked: 1 });
  });

  it("the server actions: updateCaseAction and resolveCaseAction", async () => {
    const { updateCaseAction, resolveCaseAction } = await import("@/app/actions/case-actions");
    const a = await openCase();
    expect(await updateCaseAction(a, { status: "RESOLVED" })).toEqual({ ok: true, data: undefined });
    expect(await jobsFor(await question(a))).toEqual({ queued: 1, asked: 1 });
    const b = await openCase();
    expect(await resolveCaseAction(b, [])).toEqual({ ok: true, data: undefined });
    expect(await jobsFor(await question(b))).toEqual({ queued: 1, asked: 1 });
  });

  it("bulk resolve, through the API and the action: one job per resolved case, none for a refused one", async () => {
    const [a, b, c, d] = [await openCase(), await openCase(), await openCase(), await openCase()];
    const { PATCH } = await import("@/app/api/v1/cases/bulk/route");
    const res = await PATCH(patchReq("/api/v1/cases/bulk", { caseIds: [a, b], patch: { status: "RESOLVED" } }), {} as never);
    expect(res.status).toBe(200);
    for (const id of [a, b]) expect(await jobsFor(await question(id))).toEqual({ queued: 1, asked: 1 });

    const { bulkUpdateAction } = await import("@/app/actions/case-actions");
    // d is already resolved: RESOLVED → RESOLVED is no transition, so no second question and no job.
    await updateCase(db.prisma, cm, d, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    const dQuestion = await question(d);
    const r = await bulkUpdateAction([c, d], { status: "RESOLVED" });
    expect(r.ok).toBe(true);
    expect(await jobsFor(await question(c))).toEqual({ queued: 1, asked: 1 });
    expect(await question(d)).toBe(dQuestion);
    expect(await jobsFor(dQuestion)).toEqual({ queued: 0, asked: 0 });
  });

  it("a refused resolve enqueues nothing", async () => {
    const caseId = await openCase();
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "ESCALATED", escalationReason: "Remboursement" }), leaveToSweep);
    const before = sent.length;
    const { updateCaseAction } = await import("@/app/actions/case-actions");
    expect(await updateCaseAction(caseId, { status: "RESOLVED" })).toMatchObject({ ok: false, code: "escalation_without_solution" });
    expect(sent.length).toBe(before);
  });
});

describe("transactionThen, the after-commit hook", () => {
  it("runs the work only after a commit, in order; a failing piece is logged and the rest still runs", async () => {
    const ran: string[] = [];
    await expect(transactionThen(db.prisma, async (_tx, afterCommit) => {
      afterCommit("never", async () => void ran.push("rolled back"));
      throw new Error("refused");
    })).rejects.toThrow("refused");
    expect(ran).toEqual([]);
    const result = await transactionThen(db.prisma, async (tx, afterCommit) => {
      afterCommit("first", async () => void ran.push("first"));
      afterCommit("broken", async () => { throw new Error("queue down"); });
      afterCommit("third", async () => void ran.push("third"));
      expect(ran).toEqual([]); // nothing runs while the transaction is open
      return tx.workspace.count();
    });
    expect(result).toBeGreaterThan(0);
    expect(ran).toEqual(["first", "third"]);
  });
});
