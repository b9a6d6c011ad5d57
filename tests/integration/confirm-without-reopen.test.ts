// A customer's answer to a pending satisfaction check (R6), through the real ingestion paths: a confirming
// answer ("oui merci c'est réglé") closes the resolved case as CONFIRMED without reopening it (no reopen
// counted, no CASE_REOPENED event, the response clock left alone); a disputing one, or a message that is not
// an answer, still reopens it. Both ingestion paths are driven: the set-based run (a plain customer comment)
// and the one-by-one path (a comment whose edit arrived first and was parked). Replays change nothing.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import type { InboundEvent } from "@/lib/connectors/types";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { runAfterIngest } from "@/lib/ingest/after-ingest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { closeUnanswered } from "@/lib/resolution/close-unanswered";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { eventually } from "../helpers/eventually";
import { createTestDatabase, lockWaiters, onPostgres, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let channelId: string;
let n = 0;
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
async function resolvedCase(opts: { delivered?: boolean } = {}) {
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

const events = (caseId: string) => db.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } });
const actionsOf = async (caseId: string) => (await events(caseId)).map((e) => e.action);

/** The answer through the set-based run, or through the one-by-one path (an edit of it arrived first, parked). */
async function ingestAnswer(path: "set-based" | "one-by-one", ev: ReturnType<typeof comment>) {
  const list: InboundEvent[] = [ev];
  if (path === "one-by-one") {
    const parked = await ingestEvents(db.prisma, channelId, [
      { type: "message_event", externalId: ev.externalId, kind: "EDITED", newText: ev.body, platformTime: new Date(ev.platformCreatedAt.getTime() + 1000) },
    ]);
    expect(parked.parked).toBe(1);
  }
  return ingestEvents(db.prisma, channelId, list);
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(() => db?.dispose());

describe.each(["set-based", "one-by-one"] as const)("an answer to a pending satisfaction check (%s ingestion)", (path) => {
  it("a confirming answer closes the case as CONFIRMED without reopening it, and a replay changes nothing", async () => {
    const { caseId, before, answer } = await resolvedCase();
    const ev = answer(`ok-${n}`, "oui merci c'est réglé");
    const s = await ingestAnswer(path, ev);
    expect(s).toMatchObject({ stored: 1, failed: [] });
    const msg = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: ev.externalId } });
    expect(msg.caseId).toBe(caseId);
    if (path === "one-by-one") {
      // It went the one-by-one way: its parked edit was applied when it was stored.
      expect(await db.prisma.parkedEvent.findFirstOrThrow({ where: { channelId, externalId: ev.externalId } })).toMatchObject({ appliedAt: expect.any(Date) });
    }

    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", confirmation: "CONFIRMED", csat: 5, reopenCount: 0 });
    expect(c.confirmedAt).toEqual(ev.platformCreatedAt);
    expect(c.closedAt).not.toBeNull();
    expect(c.resolvedAt).toEqual(before.resolvedAt);
    // The clocks are those of the resolved case: nothing restarted.
    expect(c.firstRespondedAt).toEqual(before.firstRespondedAt);
    expect(c.firstResponseDueAt).toEqual(before.firstResponseDueAt);
    expect(c.nextResponseDueAt).toEqual(before.nextResponseDueAt);
    expect(c.lastInboundAt).toEqual(ev.platformCreatedAt);

    const actions = await actionsOf(caseId);
    expect(actions).not.toContain("CASE_REOPENED");
    expect(actions.filter((a) => a === "CUSTOMER_CONFIRMED")).toHaveLength(1);
    const all = await events(caseId);
    const closing = all.filter((e) => e.action === "CASE_STATUS_CHANGED").at(-1)!;
    expect(closing.data).toMatchObject({ from: "RESOLVED", to: "CLOSED", reason: "customer_confirmed" });
    expect(all.find((e) => e.action === "CUSTOMER_CONFIRMED")).toMatchObject({ entityType: "message", entityId: msg.id, data: { csat: 5 } });
    // The message is recorded before the reading of it.
    expect(actions.indexOf("MESSAGE_RECEIVED", actions.indexOf("SATISFACTION_CHECK_SENT"))).toBeLessThan(actions.indexOf("CUSTOMER_CONFIRMED"));
    const notes = await db.prisma.notification.findMany({ where: { caseId, kind: "CUSTOMER_CONFIRMED" } });
    expect(notes).toMatchObject([{ userId: cm.userId, data: { number: c.number, csat: 5 } }]);

    // The same delivery again (webhook retry, webhook + polling, a replay of the log): a duplicate, nothing moves.
    const again = await ingestEvents(db.prisma, channelId, [ev]);
    expect(again).toMatchObject({ stored: 0, duplicates: 1 });
    expect(await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).toEqual(c);
    expect(await actionsOf(caseId)).toEqual(actions);
    expect(await db.prisma.notification.count({ where: { caseId, kind: "CUSTOMER_CONFIRMED" } })).toBe(1);
  });

  it("a disputing answer reopens the case as before: counted, CASE_REOPENED, DISPUTED, the response clock restarted", async () => {
    const { caseId, answer } = await resolvedCase();
    const ev = answer(`ko-${n}`, "non, toujours pas reçu");
    await ingestAnswer(path, ev);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "DISPUTED", reopenCount: 1, firstRespondedAt: null, resolvedAt: null, closedAt: null });
    expect(c.firstResponseDueAt).toEqual(new Date(ev.platformCreatedAt.getTime() + 60 * 60_000));
    const reopened = (await events(caseId)).filter((e) => e.action === "CASE_REOPENED");
    expect(reopened).toHaveLength(1);
    expect(reopened[0]!.data).toMatchObject({ from: "RESOLVED", to: "OPEN", reason: "new_customer_message", externalId: ev.externalId });
    expect(await actionsOf(caseId)).toContain("CUSTOMER_DISPUTED");
  });

  it("a message that is not an answer reopens the case and leaves the check pending", async () => {
    const { caseId, answer } = await resolvedCase();
    await ingestAnswer(path, answer(`q-${n}`, "Bonjour, une autre question sur ma facture"));
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "PENDING", reopenCount: 1 });
    expect(await actionsOf(caseId)).toContain("CASE_REOPENED");
  });
});

describe.each(["set-based", "one-by-one"] as const)("a yes to a satisfaction question never delivered (%s ingestion, issue #18)", (path) => {
  it("confirms nothing while the question is still queued: the case reopens, the check stays pending; once delivered, a yes closes it", async () => {
    const { caseId, answer } = await resolvedCase({ delivered: false });
    const question = await db.prisma.message.findFirstOrThrow({ where: { caseId, direction: "OUTBOUND", deliveryStatus: "QUEUED" }, orderBy: { createdAt: "desc" } });
    await ingestAnswer(path, answer(`early-${n}`, "oui merci c'est réglé"));
    let c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "PENDING", csat: null, reopenCount: 1, closedAt: null });
    expect(await actionsOf(caseId)).not.toContain("CUSTOMER_CONFIRMED");
    expect(await db.prisma.notification.count({ where: { caseId, kind: "CUSTOMER_CONFIRMED" } })).toBe(0);

    // The question reaches the customer; their yes to it now closes the (reopened) case as confirmed.
    await db.prisma.message.update({ where: { id: question.id }, data: { deliveryStatus: "SENT", deliveredAt: new Date(), externalId: `q-${question.id}` } });
    await ingestAnswer(path, answer(`late-${n}`, "oui, réglé, merci"));
    c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", confirmation: "CONFIRMED", csat: 5 });
  });
});

describe.each(["set-based", "one-by-one"] as const)("an answer that says it is not fixed (%s ingestion, issue #18)", (path) => {
  it.each([
    "Thanks but the refund still hasn't shown up",
    "merci pour rien",
    "oui et non, j'ai reçu le colis mais il manque une pièce",
  ])("%s — reopened and disputed, never confirmed", async (body) => {
    const { caseId, answer } = await resolvedCase();
    await ingestAnswer(path, answer(`dispute-${n}`, body));
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "DISPUTED", reopenCount: 1 });
    expect(await actionsOf(caseId)).not.toContain("CUSTOMER_CONFIRMED");
  });
});

describe("an unclear answer (issue #18 §4)", () => {
  it("leaves the check pending, asks once more in the case's language, and shows the owner the answer; once only", async () => {
    const { caseId, answer } = await resolvedCase();
    await ingestAnswer("set-based", answer(`unclear-${n}`, "je verrai"));
    let c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "PENDING", csat: null });
    const first = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: `unclear-${n}` } });

    // One clarifying question, a reply to the answer, queued for the outbound path, in French (the case's language).
    const asked = await db.prisma.message.findMany({ where: { caseId, direction: "OUTBOUND", parentId: first.id } });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatchObject({ deliveryStatus: "QUEUED", body: expect.stringMatching(/entièrement réglée \? Répondez simplement oui ou non/) });
    // The owner sees the answer: on the timeline and in a notification.
    const unclear = (await events(caseId)).filter((e) => e.action === "CUSTOMER_ANSWER_UNCLEAR");
    expect(unclear).toMatchObject([{ entityType: "message", entityId: first.id, data: { text: "je verrai", questionMessageId: asked[0]!.id } }]);
    expect(await db.prisma.notification.findMany({ where: { caseId, kind: "CUSTOMER_ANSWER_UNCLEAR" } }))
      .toMatchObject([{ userId: cm.userId, data: { number: c.number, text: "je verrai" } }]);

    // A replay changes nothing.
    await runAfterIngest(db.prisma, { workspaceId: c.workspaceId, channelId, messages: [{ messageId: first.id, caseId, direction: "INBOUND" }] }, { wait: true });
    expect((await events(caseId)).filter((e) => e.action === "CUSTOMER_ANSWER_UNCLEAR")).toHaveLength(1);
    expect(await db.prisma.message.count({ where: { caseId, direction: "OUTBOUND", deliveryStatus: "QUEUED" } })).toBe(1);

    // A second unclear answer is shown to the owner, but the customer is not asked a third time.
    await ingestAnswer("set-based", answer(`unclear2-${n}`, "hmm, on verra bien"));
    const second = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: `unclear2-${n}` } });
    expect(await db.prisma.message.count({ where: { caseId, direction: "OUTBOUND", parentId: second.id } })).toBe(0);
    expect((await events(caseId)).filter((e) => e.action === "CUSTOMER_ANSWER_UNCLEAR")).toHaveLength(2);
    expect(await db.prisma.notification.count({ where: { caseId, kind: "CUSTOMER_ANSWER_UNCLEAR" } })).toBe(2);

    // Their yes to the clarifying question closes the case as confirmed.
    await ingestAnswer("set-based", answer(`yes-${n}`, "oui"));
    c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", confirmation: "CONFIRMED", csat: 5 });
  });

  it("to a question never delivered, is not an answer: nothing asked, nothing shown as an answer", async () => {
    const { caseId, answer } = await resolvedCase({ delivered: false });
    await ingestAnswer("set-based", answer(`unclear-${n}`, "je verrai"));
    expect(await actionsOf(caseId)).not.toContain("CUSTOMER_ANSWER_UNCLEAR");
    expect(await db.prisma.message.count({ where: { caseId, direction: "OUTBOUND", deliveryStatus: "QUEUED" } })).toBe(1);
  });
});

describe("several messages of the customer in one batch", () => {
  it("a confirmation then a complaint: confirmed, then reopened once by the complaint", async () => {
    const { caseId, answer } = await resolvedCase();
    const t = Date.now() - 60_000;
    await ingestEvents(db.prisma, channelId, [
      answer(`ok-${n}`, "oui merci c'est réglé", new Date(t)),
      answer(`ko-${n}`, "ah non en fait le colis est toujours pas livré", new Date(t + 30_000)),
    ]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "CONFIRMED", reopenCount: 1, closedAt: null });
    const actions = await actionsOf(caseId);
    expect(actions.filter((a) => a === "CASE_REOPENED")).toHaveLength(1);
    expect(actions.indexOf("CUSTOMER_CONFIRMED")).toBeLessThan(actions.indexOf("CASE_REOPENED"));
    const reopened = (await events(caseId)).find((e) => e.action === "CASE_REOPENED")!;
    expect(reopened.data).toMatchObject({ from: "CLOSED", externalId: `ko-${n}` });
  });
});

describe.runIf(onPostgres)("under concurrency (PostgreSQL)", () => {
  it("an answer racing the no-answer sweep is read against the case as the sweep left it", async () => {
    const { caseId, answer } = await resolvedCase();
    // The sweep's close, as it writes it, in a transaction held open on another connection.
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query(`UPDATE cases SET status = 'CLOSED', "closedAt" = now(), confirmation = 'NO_ANSWER' WHERE id = $1`, [caseId]);
      const ingesting = ingestEvents(db.prisma, channelId, [answer(`race-${n}`, "oui merci")]);
      await eventually(() => lockWaiters(other), (n) => n > 0, 20_000, "ingestion to wait on the case row");
      await other.query("COMMIT");
      expect(await ingesting).toMatchObject({ stored: 1, failed: [] });
    } finally {
      await other.end();
    }
    // Too late to be an answer: a new message on a closed case, which reopens it; never "confirmed" as well.
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "OPEN", confirmation: "NO_ANSWER", reopenCount: 1 });
    expect(await actionsOf(caseId)).not.toContain("CUSTOMER_CONFIRMED");
  });

  it("the same confirming answer delivered twice at once closes the case once, without a reopen", async () => {
    const { caseId, answer } = await resolvedCase();
    const ev = answer(`twice-${n}`, "c'est bon, merci beaucoup !");
    const [a, b] = await Promise.all([ingestEvents(db.prisma, channelId, [ev]), ingestEvents(db.prisma, channelId, [ev])]);
    expect(a.stored + b.stored).toBe(1);
    expect(await closeUnanswered(db.prisma, new Date(Date.now() + 100 * 3_600_000))).toBe(0);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "CLOSED", confirmation: "CONFIRMED", reopenCount: 0 });
    const actions = await actionsOf(caseId);
    expect(actions).not.toContain("CASE_REOPENED");
    expect(actions.filter((x) => x === "CUSTOMER_CONFIRMED")).toHaveLength(1);
  });
});
