// Delivers pending alert webhooks with retries: each attempt is recorded (status, error, duration) and visible on
// the settings page; failures back off 1 min, 5 min, 30 min, 2 h, 6 h, then the delivery is FAILED. Claimed with
// SKIP LOCKED so several workers never send one delivery twice at once. The receiver's URL is user input and the
// attempt log reads back what happened, so the call goes through the outbound policy (public addresses only,
// checked at each attempt, no redirects): an internal address is never contacted, only refused.
import type { PrismaClient } from "../generated/prisma/client";
import { open } from "../crypto/secret-box";
import { log } from "../log";
import { outboundFetch, type OutboundFetch } from "../security/outbound-fetch";
import { signPayload } from "./sign-payload";

const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
const TIMEOUT_MS = 10_000;

export async function deliverPendingWebhooks(prisma: PrismaClient, now = new Date(), fetchImpl: OutboundFetch = outboundFetch): Promise<number> {
  const due = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM alert_deliveries WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
     ORDER BY "nextAttemptAt" LIMIT 50`;
  let sent = 0;
  for (const { id } of due) if (await deliverOne(prisma, id, now, fetchImpl)) sent++;
  return sent;
}

async function deliverOne(prisma: PrismaClient, id: string, now: Date, fetchImpl: OutboundFetch): Promise<boolean> {
  // Claim: push nextAttemptAt out so a concurrent sweep skips it while this attempt runs.
  const claimed = await prisma.$executeRaw`
    UPDATE alert_deliveries SET "nextAttemptAt" = ${new Date(now.getTime() + 5 * 60_000)}
     WHERE id = ${id} AND status = 'PENDING' AND "nextAttemptAt" <= ${now}`;
  if (claimed === 0) return false;
  const d = await prisma.alertDelivery.findUniqueOrThrow({ where: { id }, include: { webhook: true } });
  const body = JSON.stringify(d.payload);
  const ts = Math.floor(now.getTime() / 1000);
  const started = Date.now();
  let httpStatus: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetchImpl(d.webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-inbox-signature": signPayload(open(d.webhook.secretCiphertext), body, ts), "x-inbox-delivery": d.id },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    httpStatus = res.status;
    await res.body?.cancel(); // only the status matters; do not hold the socket for a body nobody reads
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (err) {
    error = (err as Error).message.slice(0, 300);
  }
  const attempt = d.attempts + 1;
  const ok = error === null;
  const failed = !ok && attempt >= MAX_ATTEMPTS;
  await prisma.$transaction([
    prisma.alertDeliveryAttempt.create({ data: { deliveryId: d.id, attempt, httpStatus, error, durationMs: Date.now() - started } }),
    prisma.alertDelivery.update({
      where: { id: d.id },
      data: {
        attempts: attempt, lastError: error,
        status: ok ? "SENT" : failed ? "FAILED" : "PENDING",
        deliveredAt: ok ? new Date() : null,
        nextAttemptAt: ok || failed ? null : new Date(now.getTime() + BACKOFF_MS[attempt - 1]!),
      },
    }),
  ]);
  if (!ok) log.warn("alert_webhook.failed", { deliveryId: d.id, attempt, error });
  return ok;
}
