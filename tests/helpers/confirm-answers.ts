// Shared setup of the satisfaction-answer tests (tests/integration/confirm-*.test.ts): a fresh database with one
// community manager, resolved cases with a pending check, and the two ingestion paths of an answer. The state is
// exported as live bindings, set by the beforeAll of setupConfirmAnswers().
import { afterAll, beforeAll, expect } from "vitest";
import type { Member } from "@/lib/auth/member";
import type { InboundEvent } from "@/lib/connectors/types";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "./factories";
import { createTestDatabase, type TestDatabase } from "./test-db";

export let db: TestDatabase;
export let cm: Member;
export let channelId: string;
export let n = 0;
const PAGE = { platformUserId: "page-self", name: "La marque" };

/** The satisfaction question of the case's latest check, as the outbound path marks it once the platform took it. */
async function deliverQuestion(caseId: string) {
  const sent = await db.prisma.auditEvent.findFirstOrThrow({ where: { caseId, action: "SATISFACTION_CHECK_SENT" }, orderBy: { id: "desc" } });
  await db.prisma.message.update({ where: { id: sent.entityId }, data: { deliveryStatus: "SENT", deliveredAt: new Date(), externalId: `q-${sent.entityId}` } });
  return sent.entityId;
}

/**
 * A complaint, answered by the brand on the platform (first response), assigned, then resolved: check PENDING;
 * its satisfaction question delivered unless `delivered: false` (still queued).
 */
export async function resolvedCase(opts: { delivered?: boolean } = {}) {
  const no = ++n;
  const author = { platformUserId: `cust-${no}`, name: `Client ${no}` };
  const thread = { externalId: `post-${no}`, kind: "POST" as const };
  const t0 = Date.now() - 2 * 3_600_000;
  const s = await ingestEvents(db.prisma, channelId, [
    comment({ externalId: `c${no}`, body: "Mon colis n'est jamais arrivé", author, thread, platformCreatedAt: new Date(t0) }),
    comment({ externalId: `c${no}-r`, body: "Nous regardons cela tout de suite.", direction: "OUTBOUND", parentExternalId: `c${no}`, author: PAGE, thread, platformCreatedAt: new Date(t0 + 600_000) }),
  ]);
  const caseId = s.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
  const before = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
  expect(before).toMatchObject({ status: "RESOLVED", confirmation: "PENDING", reopenCount: 0 });
  expect(before.firstRespondedAt).not.toBeNull();
  if (opts.delivered !== false) await deliverQuestion(caseId);
  const answer = (externalId: string, body: string, at = new Date()) =>
    comment({ externalId, body, author, thread, parentExternalId: `c${no}`, platformCreatedAt: at });
  return { caseId, before, answer };
}

export const events = (caseId: string) => db.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } });
export const actionsOf = async (caseId: string) => (await events(caseId)).map((e) => e.action);

/** The answer through the set-based run, or through the one-by-one path (an edit of it arrived first, parked). */
export async function ingestAnswer(path: "set-based" | "one-by-one", ev: ReturnType<typeof comment>) {
  const list: InboundEvent[] = [ev];
  if (path === "one-by-one") {
    const parked = await ingestEvents(db.prisma, channelId, [
      { type: "message_event", externalId: ev.externalId, kind: "EDITED", newText: ev.body, platformTime: new Date(ev.platformCreatedAt.getTime() + 1000) },
    ]);
    expect(parked.parked).toBe(1);
  }
  return ingestEvents(db.prisma, channelId, list);
}

/** Registers the file's beforeAll (database, workspace, community manager) and afterAll (dispose). */
export function setupConfirmAnswers(): void {
  beforeAll(async () => {
    db = await createTestDatabase();
    const { ws, channel } = await makeWorkspace(db.prisma);
    channelId = channel.id;
    cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  });
  afterAll(() => db?.dispose());
}
