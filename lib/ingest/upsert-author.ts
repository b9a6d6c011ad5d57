// Finds or creates the thread and the author's identity (and contact) for an inbound message.
import type { Prisma } from "../generated/prisma/client";
import type { InboundAuthor, InboundThread } from "../connectors/types";

export async function upsertThread(tx: Prisma.TransactionClient, channelId: string, t: InboundThread) {
  return tx.thread.upsert({
    where: { channelId_externalId: { channelId, externalId: t.externalId } },
    create: {
      channelId,
      externalId: t.externalId,
      kind: t.kind,
      text: t.text ?? null,
      permalink: t.permalink ?? null,
      platformCreatedAt: t.createdAt ?? null,
    },
    // The post text may arrive later (polling knows it, a webhook does not): fill it, never blank it.
    update: {
      ...(t.text ? { text: t.text } : {}),
      ...(t.permalink ? { permalink: t.permalink } : {}),
    },
  });
}

/** The identity of the author on this channel, with its contact; profile fields follow the platform. */
export async function upsertIdentity(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  channelId: string,
  a: InboundAuthor,
) {
  const existing = await tx.contactIdentity.findUnique({
    where: { channelId_platformUserId: { channelId, platformUserId: a.platformUserId } },
  });
  const profile = {
    ...(a.name ? { name: a.name } : {}),
    ...(a.handle ? { handle: a.handle } : {}),
    ...(a.followerCount !== undefined ? { followerCount: a.followerCount } : {}),
    ...(a.profileUrl ? { profileUrl: a.profileUrl } : {}),
  };
  if (existing) {
    const changed = Object.entries(profile).some(([k, v]) => existing[k as keyof typeof existing] !== v);
    return changed ? tx.contactIdentity.update({ where: { id: existing.id }, data: profile }) : existing;
  }
  const contact = await tx.contact.create({
    data: {
      workspaceId,
      displayName: a.name ?? (a.handle ? `@${a.handle}` : `User ${a.platformUserId}`),
    },
  });
  return tx.contactIdentity.create({
    data: { contactId: contact.id, channelId, platformUserId: a.platformUserId, ...profile },
  });
}
