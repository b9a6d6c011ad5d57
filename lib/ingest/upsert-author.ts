// Finds or creates the thread and the author's identity (and contact) for an inbound message, reusing what
// the batch already read (batch-memo.ts). Two transactions creating the same new author or thread at once: one
// gets a unique-key error on contact_identities / threads, which ingest-events.ts retries (it is not a
// duplicate of the message).
import type { Prisma } from "../generated/prisma/client";
import type { InboundAuthor, InboundThread } from "../connectors/types";
import type { BatchMemo } from "./batch-memo";

export async function upsertThread(tx: Prisma.TransactionClient, channelId: string, t: InboundThread, memo: BatchMemo) {
  const known = memo.threads.get(t.externalId);
  // Nothing new to say about a known thread (webhooks carry no post text): no write at all.
  if (known && !t.text && !t.permalink) return known;
  const row = await tx.thread.upsert({
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
    select: { id: true },
  });
  memo.threads.set(t.externalId, row);
  return row;
}

/** The identity of the author on this channel, with its contact; profile fields follow the platform. */
export async function upsertIdentity(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  channelId: string,
  a: InboundAuthor,
  memo: BatchMemo,
) {
  const existing = memo.identities.get(a.platformUserId);
  const profile = {
    ...(a.name ? { name: a.name } : {}),
    ...(a.handle ? { handle: a.handle } : {}),
    ...(a.followerCount !== undefined ? { followerCount: a.followerCount } : {}),
    ...(a.profileUrl ? { profileUrl: a.profileUrl } : {}),
  };
  if (existing) {
    const changed = Object.entries(profile).some(([k, v]) => existing[k as keyof typeof existing] !== v);
    if (!changed) return existing;
    const updated = await tx.contactIdentity.update({ where: { id: existing.id }, data: profile });
    memo.identities.set(a.platformUserId, updated);
    return updated;
  }
  const contact = await tx.contact.create({
    data: {
      workspaceId,
      displayName: a.name ?? (a.handle ? `@${a.handle}` : `User ${a.platformUserId}`),
    },
    select: { id: true },
  });
  const created = await tx.contactIdentity.create({
    data: { contactId: contact.id, channelId, platformUserId: a.platformUserId, ...profile },
  });
  memo.identities.set(a.platformUserId, created);
  // A contact created in this transaction is invisible to others until commit: no lock needed.
  memo.lockedContacts.add(contact.id);
  return created;
}
