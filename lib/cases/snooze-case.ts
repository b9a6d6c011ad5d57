// Snooze a case until a time, or wake it early (issue #26 item 4). A snoozed case leaves the working views
// (lists: ./snooze-sql.ts) and comes back with a notice at that time, when the customer writes, or when an SLA
// clock runs out. Which cases may sleep and why a snooze never hides a breach: ./snooze-rule.ts.
// Scoped load → permission → state check → one transaction with the audit event.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, invalid, notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "./case-scope";
import { endSnooze } from "./end-snooze";
import { snoozeRefusal, type SnoozeRefusal } from "./snooze-rule";
import { SNOOZE_MAX_MS, type SnoozeInput } from "./schemas";

const REFUSED: Record<SnoozeRefusal, string> = {
  invalid_transition: "Only a new, open or waiting case can be snoozed: an escalated one is with customer service, a resolved or closed one has nothing to wait for.",
  not_answered: "Answer the customer first: a complaint still waiting for its first answer cannot be put out of sight.",
  customer_waiting: "The customer wrote after our last reply: answer them before snoozing the case.",
  sla_late: "This case is past its SLA deadline: a snooze cannot hide it. Answer or resolve it.",
};

export async function snoozeCase(prisma: PrismaClient, member: Member, caseId: string, input: SnoozeInput, now = new Date()) {
  assertCan(member.role, "cases.update");
  if (input.until.getTime() <= now.getTime()) throw invalid("snooze_in_past", "Snooze until a time in the future.");
  if (input.until.getTime() - now.getTime() > SNOOZE_MAX_MS) throw invalid("snooze_too_long", "A snooze lasts 30 days at most.");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM cases WHERE id = ${caseId} FOR UPDATE`;
    const c = await tx.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) } });
    if (!c) throw notFound("Case");
    const lastReply = await tx.message.findFirst({
      where: { caseId, direction: "OUTBOUND" }, orderBy: { createdAt: "desc" }, select: { createdAt: true },
    });
    const refusal = snoozeRefusal({ ...c, lastReplyAt: lastReply?.createdAt ?? null }, now);
    if (refusal) throw conflict(refusal, REFUSED[refusal]);
    const updated = await tx.case.update({
      where: { id: caseId },
      data: { snoozedUntil: input.until, snoozedAt: now, snoozedById: member.userId, snoozeNote: input.note || null },
    });
    await recordAudit(tx, {
      workspaceId: c.workspaceId, action: "CASE_SNOOZED", actor: actorOf(member), caseId, entityType: "case", entityId: caseId,
      data: { until: input.until.toISOString(), ...(c.snoozedUntil ? { previousUntil: c.snoozedUntil.toISOString() } : {}), ...(input.note ? { note: input.note } : {}) },
    });
    return updated;
  });
}

/** Wakes a snoozed case now (the person who does it is not notified of their own act). */
export async function unsnoozeCase(prisma: PrismaClient, member: Member, caseId: string, now = new Date()) {
  assertCan(member.role, "cases.update");
  return prisma.$transaction(async (tx) => {
    const c = await tx.case.findFirst({ where: { id: caseId, ...caseScopeWhere(member) }, select: { id: true } });
    if (!c) throw notFound("Case");
    if (!(await endSnooze(tx, caseId, "manual", actorOf(member), now))) throw conflict("not_snoozed", "This case is not snoozed.");
    return tx.case.findUniqueOrThrow({ where: { id: caseId } });
  });
}
