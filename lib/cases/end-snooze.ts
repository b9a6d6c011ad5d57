// Ends a case's snooze inside the caller's transaction: clears it, audits CASE_UNSNOOZED with why, and tells
// whoever snoozed it and its owner that it is back (not when they woke it themselves). Shared by the early
// unsnooze (./snooze-case.ts), the wake sweep (./wake-snoozed-cases.ts) and a customer's new message
// (./end-snooze-after-ingest.ts), so the three write the same record.
// Idempotent: the row is locked and re-read; a snooze already ended (by a concurrent path) is left alone, and
// the notice's dedupeKey names this very snooze.
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type Actor } from "../audit/record-audit";
import { notify } from "../notifications/notify";
import { snoozableStatus, type WakeReason } from "./snooze-rule";

export async function endSnooze(
  tx: Prisma.TransactionClient, caseId: string, wake: WakeReason, actor: Actor, now: Date,
): Promise<boolean> {
  await tx.$queryRaw`SELECT id FROM cases WHERE id = ${caseId} FOR UPDATE`;
  const c = await tx.case.findUnique({
    where: { id: caseId },
    select: { workspaceId: true, number: true, status: true, assigneeId: true, snoozedUntil: true, snoozedAt: true, snoozedById: true },
  });
  if (!c?.snoozedUntil) return false;
  // A customer's "yes, solved" closes the case in the same batch that ends its snooze: say that, not "they wrote".
  const reason = wake !== "manual" && !snoozableStatus(c.status) ? "status" : wake;
  await tx.case.update({ where: { id: caseId }, data: { snoozedUntil: null, snoozedAt: null, snoozedById: null, snoozeNote: null } });
  await recordAudit(tx, {
    workspaceId: c.workspaceId, action: "CASE_UNSNOOZED", actor, caseId, entityType: "case", entityId: caseId,
    data: { reason, until: c.snoozedUntil.toISOString(), snoozedById: c.snoozedById, at: now.toISOString() },
  });
  // A case resolved, closed or escalated while asleep has nothing to come back to: the record is enough.
  if (reason === "status") return true;
  const key = `snooze:${caseId}:${(c.snoozedAt ?? c.snoozedUntil).toISOString()}`;
  const to = [...new Set([c.snoozedById, c.assigneeId].filter((u): u is string => !!u))];
  await notify(tx, c.workspaceId, to.map((userId) => ({ userId, kind: "SNOOZE_ENDED" as const, caseId, data: { number: c.number, why: reason }, dedupeKey: key })), actor.userId);
  return true;
}
