// Connects (or reconnects) a Facebook Page, an Instagram account or an X account: secrets sealed before they touch the database,
// audit event without them, first poll (backfill) enqueued after commit.
import { conflict } from "../errors/domain-errors";
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { recordAudit, actorOf } from "../audit/record-audit";
import { sealJson } from "../crypto/secret-box";
import { CONNECTABLE_KINDS } from "../connectors/platforms";
import { invalidateChannelCache } from "../webhooks/channel-cache";
import { assertPublicApiBaseUrl } from "./check-api-base-url";
import { CHANNEL_PUBLIC_FIELDS } from "./list-channels";
import type { ConnectChannelInput } from "./schemas";
import { transactionThen, type EnqueuePoll } from "../jobs/after-commit";

export async function connectChannel(
  prisma: PrismaClient,
  member: Member,
  input: ConnectChannelInput,
  enqueuePoll?: EnqueuePoll,
) {
  assertCan(member.role, "channels.manage");
  if (input.apiBaseUrl) await assertPublicApiBaseUrl(input.apiBaseUrl);
  const { kind, platform } = CONNECTABLE_KINDS[input.kind];
  const existing = await prisma.channel.findUnique({
    where: { kind_externalId: { kind, externalId: input.externalId } },
    select: { id: true, workspaceId: true },
  });
  if (existing && existing.workspaceId !== member.workspaceId) {
    // The first workspace to claim an account keeps it (SECURITY.md). The answer cannot hide that there is a
    // conflict, but it does not spell out where: the owner learns what to do, a prober learns no more than 409.
    throw conflict("channel_unavailable", "This account cannot be connected here. If you manage it, ask this instance's administrator.");
  }
  const data = {
    name: input.name,
    secretsCiphertext: sealJson(input.secrets),
    apiBaseUrl: input.apiBaseUrl ?? CONNECTABLE_KINDS[input.kind].defaultApiBaseUrl,
    status: "ACTIVE" as const,
    lastError: null,
    lastErrorAt: null,
  };
  const channel = await transactionThen(prisma, async (tx, afterCommit) => {
    const row = existing
      ? await tx.channel.update({ where: { id: existing.id }, data, select: CHANNEL_PUBLIC_FIELDS })
      : await tx.channel.create({
          data: { ...data, workspaceId: member.workspaceId, kind, platform, externalId: input.externalId },
          select: CHANNEL_PUBLIC_FIELDS,
        });
    await recordAudit(tx, {
      workspaceId: member.workspaceId,
      action: existing ? "CHANNEL_UPDATED" : "CHANNEL_CONNECTED",
      actor: actorOf(member),
      entityType: "channel",
      entityId: row.id,
      // Which secrets were given, never their values.
      data: { kind, externalId: input.externalId, apiBaseUrl: data.apiBaseUrl, secretFields: Object.keys(input.secrets) },
    });
    // The first poll (backfill) now; the minute sweep polls every active channel anyway.
    if (enqueuePoll) afterCommit("first poll", () => enqueuePoll(row.id));
    return row;
  });
  // Webhooks verify against cached secrets: a reconnect with new ones takes effect now in this process.
  invalidateChannelCache();
  return { channel, created: !existing };
}
