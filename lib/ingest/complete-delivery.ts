// What a delivery only references and the platform must tell (an Instagram mention's text, author and time) is
// read here, before ingestion claims the delivery and outside any transaction: the ingestion transaction,
// which locks contacts and cases, never waits on a platform. The answer is stored with the raw delivery (set
// once: the database refuses to change it), so a retry or a replay reads the same answer and asks nothing again.
import type { PrismaClient } from "../generated/prisma/client";
import { COMPLETING_KINDS } from "../connectors/registry";
import { recordDeliveryFailure } from "./delivery-failure";
import { needsCompletion, parseParts, type StoredDelivery } from "./parse-delivery";

/**
 * The delivery with its completions: read from the platform and stored now when it has none yet (a kind that
 * needs none is returned as is). Throws when the platform cannot answer (ConnectorError): nothing is stored.
 */
export async function ensureCompleted(prisma: PrismaClient, d: StoredDelivery): Promise<StoredDelivery> {
  if (d.completions != null || !COMPLETING_KINDS.includes(d.kind)) return d;
  const fetched: Record<string, unknown> = {};
  for (const [i, part] of (await parseParts(prisma, prisma, d)).entries()) {
    if (needsCompletion(part)) fetched[String(i)] = await part.loaded.connector.completion!.fetch(part.loaded.ctx, part.events);
  }
  // Another process may have read it meanwhile: the first answer stored is the one kept.
  const [row] = await prisma.$queryRaw<{ completions: unknown }[]>`
    UPDATE raw_deliveries SET completions = COALESCE(completions, ${JSON.stringify(fetched)}::jsonb)
     WHERE id = ${d.id} RETURNING completions`;
  return { ...d, completions: row?.completions ?? fetched };
}

/**
 * Before a claim: the pending deliveries due now that still need their completions, oldest first. A platform
 * that cannot answer reschedules that delivery with backoff, exactly as a failed ingestion would.
 */
export async function completePendingDeliveries(prisma: PrismaClient, now: Date, limit: number): Promise<void> {
  if (COMPLETING_KINDS.length === 0) return;
  const due = await prisma.$queryRaw<StoredDelivery[]>`
    SELECT id, kind::text AS kind, "channelIds", body, attempts, completions FROM raw_deliveries
     WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now} AND completions IS NULL
       AND kind::text = ANY(${COMPLETING_KINDS}::text[])
     ORDER BY id LIMIT ${limit}`;
  for (const d of due) {
    try {
      await ensureCompleted(prisma, d);
    } catch (err) {
      await recordDeliveryFailure(prisma, d, err, now);
    }
  }
}
