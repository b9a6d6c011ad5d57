// A raw delivery that could not be completed or stored: retried with backoff, and after MAX_DELIVERY_ATTEMPTS
// shown as failed, with its reason, on the Channels page (list-delivery-health.ts). Never deleted.
import type { PrismaClient } from "../generated/prisma/client";
import { log } from "../log";
import { nextAttemptAt } from "../outbound/backoff";
import { reasonOf } from "./ingest-events";

export const MAX_DELIVERY_ATTEMPTS = 6;

export async function recordDeliveryFailure(prisma: PrismaClient, d: { id: bigint; attempts: number }, err: unknown, now: Date): Promise<void> {
  const attempts = d.attempts + 1;
  const final = attempts >= MAX_DELIVERY_ATTEMPTS;
  const reason = reasonOf(err);
  log.warn("ingest.delivery_failed", { deliveryId: String(d.id), attempts, final, reason });
  const retryAt = final ? now : nextAttemptAt(attempts, now);
  await prisma.$executeRaw`
    UPDATE raw_deliveries SET attempts = ${attempts}, "lastError" = ${reason}, "nextAttemptAt" = ${retryAt},
           status = ${final ? "FAILED" : "PENDING"}::"RawDeliveryStatus"
     WHERE id = ${d.id}`;
}
