// The one write on the webhook hot path: the delivery as it arrived, appended to the raw log in a single
// INSERT (autocommit, so durable when it returns). Ingestion follows in batches (lib/ingest/process-deliveries).
import type { PrismaClient } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";

export async function appendDelivery(prisma: PrismaClient, kind: ChannelKind, channelIds: string[], rawBody: Buffer) {
  // Times from here, in UTC, like every other timestamp Prisma writes (the columns have no time zone).
  const now = new Date();
  await prisma.$executeRaw`
    INSERT INTO raw_deliveries (kind, "channelIds", body, "receivedAt", "nextAttemptAt")
    VALUES (${kind}::"ChannelKind", ${channelIds}::text[], ${rawBody}, ${now}, ${now})`;
}
