// The safety net under the delivery jobs: finds replies that are due but have no job (the process died
// between commit and enqueue, or a job was lost) and workers that died mid-call (lease expired), and hands
// them back to delivery. Delivery claims each message atomically, so an extra enqueue is harmless.
import type { PrismaClient } from "../generated/prisma/client";

export async function sweepOutbox(prisma: PrismaClient, now = new Date()): Promise<string[]> {
  const expired = await prisma.message.findMany({
    where: { direction: "OUTBOUND", deliveryStatus: "SENDING", nextAttemptAt: { lt: now } },
    select: { id: true, attemptCount: true },
  });
  for (const m of expired) {
    // We cannot know whether the platform got it; sending again risks a duplicate, not sending loses it.
    // Losing a reply is the worse outcome (R6), so it goes back to the queue, and the attempt says why.
    await prisma.$transaction([
      prisma.deliveryAttempt.create({
        data: { messageId: m.id, attempt: m.attemptCount, outcome: "RETRYABLE_ERROR", errorMessage: "Interrupted: the worker stopped during this attempt." },
      }),
      prisma.message.updateMany({ where: { id: m.id, deliveryStatus: "SENDING" }, data: { deliveryStatus: "QUEUED", nextAttemptAt: now } }),
    ]);
  }
  const due = await prisma.message.findMany({
    where: { direction: "OUTBOUND", deliveryStatus: "QUEUED", OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }] },
    select: { id: true },
    take: 500,
  });
  return due.map((m) => m.id);
}
