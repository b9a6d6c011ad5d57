// A customer's answer to a pending satisfaction check (R6), continued from confirm-without-reopen.test.ts: an
// unclear answer (asked once more, shown to the owner), several messages of the customer in one batch, and races
// with the no-answer sweep and with a second delivery of the same answer (PostgreSQL only).
import pg from "pg";
import { describe, expect, it } from "vitest";
import { runAfterIngest } from "@/lib/ingest/after-ingest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { closeUnanswered } from "@/lib/resolution/close-unanswered";
import { eventually } from "../helpers/eventually";
import { actionsOf, channelId, cm, db, events, ingestAnswer, n, resolvedCase, setupConfirmAnswers } from "../helpers/confirm-answers";
import { lockWaiters, onPostgres } from "../helpers/test-db";

setupConfirmAnswers();

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
