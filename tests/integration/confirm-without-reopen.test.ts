// A customer's answer to a pending satisfaction check (R6), through the real ingestion paths: a confirming
// answer ("oui merci c'est réglé") closes the resolved case as CONFIRMED without reopening it (no reopen
// counted, no CASE_REOPENED event, the response clock left alone); a disputing one, or a message that is not
// an answer, still reopens it. Both ingestion paths are driven: the set-based run (a plain customer comment)
// and the one-by-one path (a comment whose edit arrived first and was parked). Replays change nothing.
// This file: confirming, disputing and non-answers on both paths; an unclear answer, several messages in one batch
// and races are in confirm-without-reopen-unclear-batch-race.test.ts.
import { describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { actionsOf, channelId, cm, db, events, ingestAnswer, n, resolvedCase, setupConfirmAnswers } from "../helpers/confirm-answers";

setupConfirmAnswers();

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
