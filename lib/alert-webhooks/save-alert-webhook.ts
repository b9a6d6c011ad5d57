// A lead sets the workspace's outbound alert webhook: URL, shared secret (sealed at rest, never shown again),
// on/off. Audited without the secret. The URL follows the outbound policy (public https; checked again at each
// delivery), or the delivery log would let a lead probe internal services and read the answers back.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { seal } from "../crypto/secret-box";
import { invalid } from "../errors/domain-errors";
import { assertOutboundUrl } from "../security/outbound-url";
import type { AlertWebhookInput } from "./schemas";

export async function saveAlertWebhook(prisma: PrismaClient, member: Member, input: AlertWebhookInput) {
  assertCan(member.role, "sla.manage");
  await assertOutboundUrl(input.url, { field: "url" });
  return prisma.$transaction(async (tx) => {
    const current = await tx.alertWebhook.findUnique({ where: { workspaceId: member.workspaceId } });
    if (!current && !input.secret) throw invalid("secret_required", "Choose a secret: receivers check the signature with it.");
    const data = { url: input.url, active: input.active, ...(input.secret ? { secretCiphertext: seal(input.secret) } : {}) };
    const hook = current
      ? await tx.alertWebhook.update({ where: { id: current.id }, data })
      : await tx.alertWebhook.create({ data: { workspaceId: member.workspaceId, url: input.url, active: input.active, secretCiphertext: seal(input.secret!) } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "SLA_POLICY_UPDATED", actor: actorOf(member), entityType: "workspace", entityId: member.workspaceId,
      data: { alertWebhook: { url: input.url, active: input.active, secretChanged: Boolean(input.secret) } },
    });
    return { id: hook.id, url: hook.url, active: hook.active };
  });
}

export async function getAlertWebhook(prisma: PrismaClient, member: Member) {
  assertCan(member.role, "sla.manage");
  const hook = await prisma.alertWebhook.findUnique({ where: { workspaceId: member.workspaceId }, select: { id: true, url: true, active: true } });
  const deliveries = await prisma.alertDelivery.findMany({
    where: { workspaceId: member.workspaceId }, orderBy: { createdAt: "desc" }, take: 20,
    select: { id: true, event: true, status: true, attempts: true, lastError: true, createdAt: true, deliveredAt: true, nextAttemptAt: true,
      attemptLog: { orderBy: { attempt: "asc" }, select: { attempt: true, httpStatus: true, error: true, durationMs: true, createdAt: true } } },
  });
  return { hook, deliveries };
}
