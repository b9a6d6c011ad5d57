// Bad input at the desk's boundaries is refused with a message that says what is wrong.
import { describe, expect, it } from "vitest";
import { escalateInput, escalationPatch, listEscalationsQuery } from "@/lib/escalations/schemas";
import { listNotificationsQuery, markReadInput } from "@/lib/notifications/schemas";
import { deskSettingsInput } from "@/lib/resolution/settings-schema";

const msg = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message).join("; ") ?? "";

describe("desk schemas", () => {
  it("escalation: known reason, non-empty summary, no unknown field", () => {
    expect(msg(escalateInput.safeParse({ reason: "weather", summary: "x" }))).toMatch(/reason must be one of delivery/);
    expect(msg(escalateInput.safeParse({ reason: "refund", summary: " " }))).toMatch(/summary/i);
    expect(escalateInput.safeParse({ reason: "refund", summary: "ok", extra: 1 }).success).toBe(false);
    expect(escalateInput.safeParse({ reason: "refund", summary: "ok", assigneeId: "bob" }).success).toBe(false);
    expect(escalateInput.parse({ reason: "refund", summary: " ok ", references: ["A-1"] })).toEqual({ reason: "refund", summary: "ok", references: ["A-1"] });
  });

  it("escalation actions: known action, a solution with kind and text, a return with a reason", () => {
    expect(msg(escalationPatch.safeParse({ action: "close" }))).toMatch(/action must be one of/);
    expect(escalationPatch.safeParse({ action: "propose_solution", solution: { kind: "refund", text: "" } }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "propose_solution", solution: { kind: "gift", text: "x" } }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "propose_solution" }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "return" }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "reassign" }).success).toBe(false);
    expect(escalationPatch.safeParse({ action: "pick_up" }).success).toBe(true);
  });

  it("queries and mark-read", () => {
    expect(listEscalationsQuery.safeParse({ status: "OPEN" }).success).toBe(false);
    expect(listEscalationsQuery.safeParse({ assignee: "bob" }).success).toBe(false);
    expect(listEscalationsQuery.safeParse({ limit: "1000" }).success).toBe(false);
    expect(listEscalationsQuery.parse({ status: "pending,in_progress" }).status).toEqual(["PENDING", "IN_PROGRESS"]);
    expect(markReadInput.safeParse({ ids: [] }).success).toBe(false);
    expect(markReadInput.safeParse({ ids: ["x"] }).success).toBe(false);
    expect(listNotificationsQuery.safeParse({ unread: "maybe" }).success).toBe(false);
  });

  it("desk settings: both questions, waiting times within bounds", () => {
    const ok = { satisfactionQuestionFr: "Est-ce réglé ?? merci", satisfactionQuestionEn: "Is it sorted out now?", confirmationTimeoutHours: "72", escalationPickupMinutes: 240, escalationSolutionHours: 48 };
    expect(deskSettingsInput.parse(ok).confirmationTimeoutHours).toBe(72);
    expect(deskSettingsInput.safeParse({ ...ok, satisfactionQuestionEn: "" }).success).toBe(false);
    expect(msg(deskSettingsInput.safeParse({ ...ok, confirmationTimeoutHours: 0 }))).toMatch(/at least 1 hour/);
    expect(deskSettingsInput.safeParse({ ...ok, extra: true }).success).toBe(false);
  });
});
