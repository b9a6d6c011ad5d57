// Channels of one kind with their secrets opened, cached per database for webhook verification and for the
// ingestion loop: the hot path then costs no query and no AES decryption per request. Contract: an entry lives
// at most CHANNEL_CACHE_TTL_MS; connectChannel / markChannelDisconnected invalidate it in their process at once,
// other processes within the TTL; a miss (unknown Page) or a failed signature reloads before refusing, at most
// once per RELOAD_ON_REFUSAL_MS: the list loaded for one miss answers every miss (any id) for that long, a negative
// cache that connectChannel invalidates at once in its process. Unsigned requests for random ids used to reload
// the list each (issue #20 item 10: 103 → 73 req/s); a channel connected in another process a moment ago may be
// refused for up to a second, and the platform retries.
import type { PrismaClient } from "../generated/prisma/client";
import type { Channel } from "../generated/prisma/client";
import type { ChannelKind } from "../generated/prisma/enums";
import { contextOf, type LoadedChannel } from "../channels/channel-context";

export const CHANNEL_CACHE_TTL_MS = 5_000;
/** A miss or a signature failure reloads at most this often: a flood of forged requests must not become a flood of queries. */
const RELOAD_ON_REFUSAL_MS = 1_000;

interface Entry {
  at: number;
  generation: number;
  all: LoadedChannel[];
  byExternalId: Map<string, LoadedChannel>;
  byId: Map<string, LoadedChannel>;
}

const caches = new WeakMap<PrismaClient, Map<ChannelKind | "*", Promise<Entry>>>();
/** The last entry that finished loading, per database and kind: what code inside a transaction may use. */
const loaded = new WeakMap<PrismaClient, Map<ChannelKind | "*", Entry>>();
/** Opened secrets by ciphertext: a reload re-reads rows but decrypts only what changed. */
const opened = new Map<string, LoadedChannel>();

let generation = 0;

function load(prisma: PrismaClient, kind: ChannelKind | "*"): Promise<Entry> {
  const gen = generation;
  return prisma.channel
    .findMany({ where: kind === "*" ? {} : { kind, secretsCiphertext: { not: null } } })
    .then((rows) => {
      const all = rows.map(openCached);
      const e: Entry = {
        at: Date.now(),
        generation: gen,
        all,
        byExternalId: new Map(all.map((l) => [l.channel.externalId, l])),
        byId: new Map(all.map((l) => [l.channel.id, l])),
      };
      let byKind = loaded.get(prisma);
      if (!byKind) loaded.set(prisma, (byKind = new Map()));
      byKind.set(kind, e);
      return e;
    });
}

function openCached(row: Channel): LoadedChannel {
  if (!row.secretsCiphertext) return contextOf(row);
  const key = `${row.id}:${row.apiBaseUrl ?? ""}:${row.secretsCiphertext}`;
  const hit = opened.get(key);
  if (hit) return { ...hit, channel: row };
  if (opened.size > 5_000) opened.clear();
  const loaded = contextOf(row);
  opened.set(key, loaded);
  return loaded;
}

async function entry(prisma: PrismaClient, kind: ChannelKind | "*", maxAgeMs = CHANNEL_CACHE_TTL_MS): Promise<Entry> {
  let byKind = caches.get(prisma);
  if (!byKind) caches.set(prisma, (byKind = new Map()));
  const current = byKind.get(kind);
  if (current) {
    const e = await current.catch(() => null);
    if (e && e.generation === generation && Date.now() - e.at <= maxAgeMs) return e;
    // Another caller may already have replaced it while we waited.
    const again = byKind.get(kind);
    if (again && again !== current) return again;
  }
  const next = load(prisma, kind);
  byKind.set(kind, next);
  next.catch(() => byKind.delete(kind));
  return next;
}

/** Channels of a kind that can receive webhooks (they have secrets). */
export async function webhookChannels(prisma: PrismaClient, kind: ChannelKind) {
  const e = await entry(prisma, kind);
  return {
    all: e.all,
    /** Looks a Page/account up; a miss reloads unless the list is younger than RELOAD_ON_REFUSAL_MS. */
    async find(externalId: string): Promise<LoadedChannel | undefined> {
      const hit = e.byExternalId.get(externalId);
      if (hit) return hit;
      return (await entry(prisma, kind, RELOAD_ON_REFUSAL_MS)).byExternalId.get(externalId);
    },
    /** Every channel of the kind, reloaded unless younger than RELOAD_ON_REFUSAL_MS (a refused handshake). */
    async fresh(): Promise<LoadedChannel[]> {
      return (await entry(prisma, kind, RELOAD_ON_REFUSAL_MS)).all;
    },
    /** The same channel freshly read, after its signature failed (secrets may just have been rotated). */
    async reload(externalId: string): Promise<LoadedChannel | undefined> {
      return (await entry(prisma, kind, RELOAD_ON_REFUSAL_MS)).byExternalId.get(externalId);
    },
  };
}

/**
 * A channel by id for the ingestion loop, which parses stored deliveries inside its transaction. It never loads
 * through `prisma` here: on PGlite that query would wait for the very transaction that waits for it (seen:
 * a batch stuck until its 120 s timeout, every webhook waiting behind it, after the cache expired while the
 * transaction waited to begin, or a channel was connected meanwhile). It uses the last loaded list when that
 * is of the current generation, and otherwise `read`, which must be the transaction's client.
 */
export async function cachedChannel(
  prisma: PrismaClient,
  channelId: string,
  read: (id: string) => Promise<Channel | null>,
): Promise<LoadedChannel | undefined> {
  const e = loaded.get(prisma)?.get("*");
  const hit = e && e.generation === generation ? e.byId.get(channelId) : undefined;
  if (hit) return hit;
  const row = await read(channelId);
  return row ? openCached(row) : undefined;
}

/** Loads the channel list now, so that a transaction that follows finds it cached. */
export async function warmChannelCache(prisma: PrismaClient): Promise<LoadedChannel[]> {
  return (await entry(prisma, "*")).all;
}

/** Drops every cached channel of this process (after a connect, reconnect or disconnect). */
export function invalidateChannelCache(): void {
  generation++;
  opened.clear();
}
