// A reply that promises something by a time creates a follow-up on its case, due at that time (issue 8 §4), read
// in the workspace's time zone and business calendar (its SLA policy, or the default Paris office hours until a
// lead saves one), never the server's. A vague promise ("asap", "we'll get back to you") makes an undated
// follow-up (issue #18 §5). Called after a reply is stored (lib/outbound/queue-reply.ts) and for replies the brand wrote on the platform
// (after-ingest handler below). One follow-up per reply: the unique messageId makes it idempotent.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit, SYSTEM } from "../audit/record-audit";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { getSlaPolicy } from "../sla/get-sla-policy";
import { DEFAULT_SLA_POLICY } from "../sla/schemas";
import { detectPromise } from "./detect-promise";

export async function trackPromise(prisma: PrismaClient, messageId: string): Promise<void> {
  const m = await prisma.message.findUnique({
    where: { id: messageId },
    select: { id: true, body: true, workspaceId: true, caseId: true, direction: true, visibility: true, platformCreatedAt: true, authorUserId: true },
  });
  if (!m || m.direction !== "OUTBOUND" || m.visibility === "INTERNAL") return;
  const calendar = (await getSlaPolicy(prisma, m.workspaceId)) ?? DEFAULT_SLA_POLICY;
  const promise = detectPromise(m.body, m.platformCreatedAt, calendar);
  if (!promise) return;
  await prisma.$transaction(async (tx) => {
    const created = await tx.followUp.createMany({
      data: [{ workspaceId: m.workspaceId, caseId: m.caseId, messageId: m.id, phrase: promise.phrase, dueAt: promise.dueAt }],
      skipDuplicates: true,
    });
    if (created.count === 0) return;
    await recordAudit(tx, {
      workspaceId: m.workspaceId, action: "FOLLOW_UP_CREATED", actor: m.authorUserId ? { kind: "USER", userId: m.authorUserId } : SYSTEM,
      caseId: m.caseId, entityType: "message", entityId: m.id, data: { phrase: promise.phrase, dueAt: promise.dueAt?.toISOString() ?? null, vague: promise.vague },
    });
  });
}

export const trackPromisesAfterIngest: AfterIngestHandler = {
  name: "track-promises",
  async run(prisma, batch) {
    for (const m of batch.messages) if (m.direction === "OUTBOUND") await trackPromise(prisma, m.messageId);
  },
};
