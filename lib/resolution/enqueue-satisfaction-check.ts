// After a resolve commits, hand the satisfaction check to delivery at once instead of waiting for the minute
// sweep (which remains the safety net if this process dies first).
import type { PrismaClient } from "../generated/prisma/client";

export async function enqueueSatisfactionCheck(prisma: PrismaClient, caseId: string, enqueue: (messageId: string) => Promise<void>) {
  const queued = await prisma.message.findMany({
    where: { caseId, direction: "OUTBOUND", deliveryStatus: "QUEUED", visibility: { not: "INTERNAL" } },
    select: { id: true },
  });
  for (const m of queued) await enqueue(m.id);
}
