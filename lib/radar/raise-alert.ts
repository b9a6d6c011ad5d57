// Raises a crisis radar alert once per episode (R9): while an alert of the same kind and scope saw activity
// within its quiet period, new signals update it (cases, counts, lastAt) instead of firing again. Serialised per
// workspace and kind so concurrent ingestion batches cannot both fire.
import type { Prisma } from "../generated/prisma/client";
import type { AlertKind } from "../generated/prisma/enums";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import { queueAlertWebhook } from "../alert-webhooks/queue-alert-webhook";

/** How long an episode stays the same episode after its last signal. */
export const QUIET_MS: Record<AlertKind, number> = {
  VOLUME_SPIKE: 2 * 3_600_000,
  NEGATIVE_SURGE: 2 * 3_600_000,
  ME_TOO: 24 * 3_600_000,
  HIGH_REACH: 24 * 3_600_000,
  PROFESSIONAL: 24 * 3_600_000,
  LEGAL_PRESS: 24 * 3_600_000,
  SLA_BREACH: 24 * 3_600_000,
};

export interface AlertSignal {
  workspaceId: string;
  kind: AlertKind;
  scopeKey: string;
  title: string;
  caseIds: string[];
  data: Prisma.InputJsonObject;
  at: Date;
}

export async function raiseAlert(tx: Prisma.TransactionClient, s: AlertSignal): Promise<{ id: string; created: boolean }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`alert:${s.workspaceId}:${s.kind}:${s.scopeKey}`}))`;
  const open = await tx.alert.findFirst({
    where: { workspaceId: s.workspaceId, kind: s.kind, scopeKey: s.scopeKey, lastAt: { gte: new Date(s.at.getTime() - QUIET_MS[s.kind]) } },
    orderBy: { lastAt: "desc" },
  });
  const caseIds = [...new Set([...(open?.caseIds ?? []), ...s.caseIds])].slice(0, 500);
  if (open) {
    await tx.alert.update({
      where: { id: open.id },
      data: { caseIds, data: { ...(open.data as object), ...s.data }, lastAt: s.at > open.lastAt ? s.at : open.lastAt },
    });
    return { id: open.id, created: false };
  }
  const a = await tx.alert.create({
    data: { workspaceId: s.workspaceId, kind: s.kind, scopeKey: s.scopeKey, title: s.title, caseIds, data: s.data, firstAt: s.at, lastAt: s.at },
  });
  await recordAudit(tx, {
    workspaceId: s.workspaceId, action: "ALERT_RAISED", actor: SYSTEM, entityType: "alert", entityId: a.id,
    data: { kind: s.kind, scopeKey: s.scopeKey, caseCount: caseIds.length },
  });
  // The outbound webhook hears of each episode once, when it starts.
  await queueAlertWebhook(tx, a);
  return { id: a.id, created: true };
}
