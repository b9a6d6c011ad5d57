// Issue #8 item 7 (the desk's API), over HTTP: the real route handlers of POST /api/v1/cases/{id}/escalations,
// GET /api/v1/escalations, GET /api/v1/notifications and POST /api/v1/notifications/read, called with real Requests,
// bearer API tokens and a real database. Asserts the documented response shapes and status codes, customer
// service's scope (assigned to them, their team, the default queue), cursor paging without overlap or gap, and that
// marking notifications read sets readAt once (idempotent) and only on the caller's own notifications.
// This file: creating escalations; the queue and notifications are in desk-api-queue-notifications.test.ts.
import { describe, expect, it } from "vitest";
import { ISO, UUID, cm, cs, db, escalate, newCase, setupDeskApi, teamT, type ErrorBody } from "../helpers/desk-api";

setupDeskApi();

describe("POST /api/v1/cases/{id}/escalations", () => {
  it("201 with { data: { id, status: PENDING, ... } } as stored; the case is ESCALATED and the CM stays its owner", async () => {
    const caseId = await newCase();
    const res = await escalate(cm, caseId, { reason: "refund", summary: "Remboursement promis, jamais reçu", references: ["CMD-4411"], teamId: teamT });
    expect(res.status).toBe(201);
    const { data } = (await res.json()) as { data: Record<string, unknown> };
    expect(data.id).toMatch(UUID);
    expect(data).toMatchObject({
      status: "PENDING", caseId, reason: "refund", summary: "Remboursement promis, jamais reçu",
      references: ["CMD-4411"], teamId: teamT, assigneeId: null, createdById: cm.userId,
    });
    expect(data.pickUpDueAt).toMatch(ISO);
    expect(data.solutionDueAt).toMatch(ISO);
    const row = await db.prisma.escalation.findUniqueOrThrow({ where: { id: data.id as string } });
    expect(row).toMatchObject({ caseId, status: "PENDING", reason: "refund", teamId: teamT });
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("ESCALATED");
    expect(c.assigneeId).toBe(cm.userId);
  });

  it("400 invalid_request naming the field for an unknown reason or an empty summary; 409 for a second open escalation; nothing stored", async () => {
    const caseId = await newCase();
    const before = await db.prisma.escalation.count();
    const badReason = await escalate(cm, caseId, { reason: "weather", summary: "x" });
    expect(badReason.status).toBe(400);
    const b1 = (await badReason.json()) as ErrorBody;
    expect(b1.error.code).toBe("invalid_request");
    expect(b1.error.details?.map((d) => d.path)).toEqual(["reason"]);
    const emptySummary = await escalate(cm, caseId, { reason: "delivery", summary: "   " });
    expect(emptySummary.status).toBe(400);
    expect(((await emptySummary.json()) as ErrorBody).error.details?.map((d) => d.path)).toEqual(["summary"]);
    expect(await db.prisma.escalation.count()).toBe(before);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).status).not.toBe("ESCALATED");

    expect((await escalate(cm, caseId, { reason: "delivery", summary: "Colis perdu" })).status).toBe(201);
    const again = await escalate(cm, caseId, { reason: "delivery", summary: "Encore" });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe("already_escalated");
    expect(await db.prisma.escalation.count()).toBe(before + 1);
  });

  it("403 forbidden for customer service (cases.escalate is CM, lead, admin)", async () => {
    const caseId = await newCase();
    const res = await escalate(cs, caseId, { reason: "delivery", summary: "Colis perdu" });
    expect(res.status).toBe(403);
    expect(((await res.json()) as ErrorBody).error.code).toBe("forbidden");
    expect(await db.prisma.escalation.count({ where: { caseId } })).toBe(0);
  });
});
