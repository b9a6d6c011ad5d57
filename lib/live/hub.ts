// One LISTEN per app process on "inbox_events" and "inbox_presence", fanned out to every open SSE stream of
// that process. NOTIFY reaches every instance sharing the database, so this scales past one process.
// Notifications are queued and handled in batches, in order: each batch loads the changed cases' rows and
// scope facts once (case-snapshots.ts), and every stream only filters what it gets in memory.
import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Database } from "../db/open-database";
import type { CaseScopeFacts } from "../cases/case-scope";
import { log } from "../log";
import { changeEvent, presenceEvent, PRESENCE_TTL_MS, type ChangeEvent, type PresenceEvent } from "./events";
import { snapshotLoader, type CaseSnapshot, type LoadSnapshots } from "./case-snapshots";
import { messageLoader, type LoadMessages } from "./message-snapshots";
import type { ThreadMessageJson } from "../cases/thread-message";

export type HubItem =
  | {
      kind: "change"; event: ChangeEvent; snapshot: CaseSnapshot | null;
      /**
       * Whether this change carries the case's inbox row. One commit announces several changes of a case
       * (created, message received, priority…) and a batch loads the row once: only the batch's last change
       * of each case carries it, the earlier ones go without (the same row, thrice, was most of the bytes).
       */
      withRow: boolean;
      /** The message the change is about, as the case page shows it (changes about a message only). */
      message: ThreadMessageJson | null;
      /** When this process heard of it (epoch ms). */
      at: number;
      /** The payload serialised once for every stream that gets it, without and with the message (open-stream.ts). */
      encoded?: Uint8Array;
      encodedWithMessage?: Uint8Array;
    }
  | { kind: "presence"; presence: PresenceEvent; facts: CaseScopeFacts | null }
  /** Notifications may have been lost (the LISTEN connection dropped): every stream must resynchronise. */
  | { kind: "missed" };

type Pending = { kind: "change"; event: ChangeEvent; at: number } | { kind: "presence"; presence: PresenceEvent };

/** Changes that concern one message of a thread (entityType "message": received, reply queued/sent/failed, hidden, removed, note). */
const aboutMessage = (e: ChangeEvent) => e.entityType === "message" && e.caseId !== null && !e.recipientId;

/** A batch that takes longer than this (load + send to every stream) is logged. */
const SLOW_BATCH_MS = 250;

/** At most this many notifications per batch, so one batch's queries stay small. */
const BATCH = 200;

export class LiveHub extends EventEmitter {
  /** workspaceId → "caseId:userId" → latest presence, so a new stream starts with who is where. */
  private presence = new Map<string, Map<string, PresenceEvent>>();
  private queue: Pending[] = [];
  private draining = false;
  /** workspaceId → when this process last heard of a change there (epoch ms): see changedSince. */
  private lastHeard = new Map<string, number>();
  /** Since when this process hears every change: its start, or the LISTEN connection's last return. */
  private hearingSince = Date.now();

  constructor(readonly load: LoadSnapshots, readonly loadMessages: LoadMessages = async () => new Map()) {
    super();
    this.setMaxListeners(0);
  }

  receive(channel: string, payload: string) {
    try {
      if (channel === "inbox_events") {
        const event = changeEvent.parse(JSON.parse(payload));
        const at = Date.now();
        this.lastHeard.set(event.workspaceId, at);
        this.push({ kind: "change", event, at });
      }
      else if (channel === "inbox_presence") {
        const p = presenceEvent.parse(JSON.parse(payload));
        const ws = this.presence.get(p.workspaceId) ?? new Map<string, PresenceEvent>();
        this.presence.set(p.workspaceId, ws);
        if (p.activity === "left") ws.delete(`${p.caseId}:${p.userId}`);
        else ws.set(`${p.caseId}:${p.userId}`, p);
        this.push({ kind: "presence", presence: p });
      }
    } catch (err) {
      log.warn("live.bad_notification", { channel, message: (err as Error).message });
    }
  }

  /** Tell every stream it may have missed notifications. */
  missed() {
    this.hearingSince = Date.now();
    this.emit("item", { kind: "missed" } satisfies HubItem);
  }

  /**
   * Whether something may have changed in this workspace after `since` (epoch ms, the time a page read its
   * data): a change heard after it, or this process not hearing everything since then. A change is heard
   * after its commit, so one committed after the page's read is always counted; one committed just before may
   * be too (a harmless extra reload). Cheap: no database, whether or not a stream is open.
   */
  changedSince(workspaceId: string, since: number): boolean {
    return this.hearingSince > since || (this.lastHeard.get(workspaceId) ?? 0) > since;
  }

  /** Resolves when everything received so far has been emitted (tests, benchmarks). */
  async idle(): Promise<void> {
    while (this.draining || this.queue.length) await new Promise((r) => setTimeout(r, 5));
  }

  private push(p: Pending) {
    this.queue.push(p);
    if (!this.draining) void this.drain();
  }

  private async drain() {
    this.draining = true;
    try {
      // Let the notifications of one commit (and of a burst) gather before loading.
      await new Promise((r) => setImmediate(r));
      while (this.queue.length) {
        // No stream open in this process (an instance serving only webhooks, or nobody online): loading rows
        // for nobody would be pure cost. Presence was already kept by receive().
        if (this.listenerCount("item") === 0) {
          this.queue.length = 0;
          break;
        }
        const batch = this.queue.splice(0, BATCH);
        const withRows = new Set<string>();
        const factsOnly = new Set<string>();
        const messageIds = new Set<string>();
        for (const p of batch) {
          if (p.kind === "change" && aboutMessage(p.event)) messageIds.add(p.event.entityId);
          if (p.kind === "change" && p.event.caseId) withRows.add(p.event.caseId);
          else if (p.kind === "presence") factsOnly.add(p.presence.caseId);
        }
        for (const id of withRows) factsOnly.delete(id);
        let snaps = new Map<string, CaseSnapshot>();
        let messages = new Map<string, ThreadMessageJson>();
        const started = performance.now();
        try {
          const [a, b, m] = await Promise.all([this.load([...withRows], true), this.load([...factsOnly], false), this.loadMessages([...messageIds])]);
          snaps = new Map([...a, ...b]);
          messages = m;
        } catch (err) {
          // Without facts nothing may be shown to a scoped member: tell streams to reload instead.
          log.warn("live.load_failed", { message: (err as Error).message });
          this.missed();
          continue;
        }
        const loaded = performance.now();
        const lastOfCase = new Map<string, Pending>();
        for (const p of batch) if (p.kind === "change" && p.event.caseId) lastOfCase.set(p.event.caseId, p);
        for (const p of batch) {
          if (p.kind === "change") {
            const snapshot = p.event.caseId ? (snaps.get(p.event.caseId) ?? null) : null;
            const message = aboutMessage(p.event) ? (messages.get(p.event.entityId) ?? null) : null;
            const withRow = !!p.event.caseId && lastOfCase.get(p.event.caseId) === p;
            this.emit("item", { kind: "change", event: p.event, snapshot, withRow, message, at: p.at } satisfies HubItem);
          } else {
            this.emit("item", { kind: "presence", presence: p.presence, facts: snaps.get(p.presence.caseId)?.facts ?? null } satisfies HubItem);
          }
        }
        // Every open tab waits for this: say when a batch was slow, and where the time went.
        const total = performance.now() - started;
        if (total > SLOW_BATCH_MS) {
          log.warn("live.slow_batch", { size: batch.length, cases: withRows.size, loadMs: Math.round(loaded - started), sendMs: Math.round(total - (loaded - started)), streams: this.listenerCount("item") });
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Whether this user has a case open (a fresh "viewing"/"replying" presence): only then does their stream
   * carry the thread's messages for it (open-stream.ts). A page opened a moment before its first heartbeat
   * gets the change without the message and reloads instead, as before.
   */
  isViewing(workspaceId: string, caseId: string, userId: string, now = Date.now()): boolean {
    const p = this.presence.get(workspaceId)?.get(`${caseId}:${userId}`);
    return !!p && now - p.at <= PRESENCE_TTL_MS;
  }

  presenceSnapshot(workspaceId: string, now = Date.now()): PresenceEvent[] {
    const ws = this.presence.get(workspaceId);
    if (!ws) return [];
    for (const [k, p] of ws) if (now - p.at > PRESENCE_TTL_MS) ws.delete(k);
    return [...ws.values()];
  }
}

export async function startHub(db: Database): Promise<LiveHub> {
  const hub = new LiveHub(snapshotLoader(db.prisma), messageLoader(db.prisma));
  if (db.kind === "pglite") {
    for (const ch of ["inbox_events", "inbox_presence"]) await db.pglite!.listen(ch, (payload) => hub.receive(ch, payload));
    return hub;
  }
  const retry = () => setTimeout(() => void connect().then(() => hub.missed()).catch(retry), 1_000);
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: db.url });
    client.on("notification", (n) => n.payload && hub.receive(n.channel, n.payload));
    client.on("error", (err) => {
      log.warn("live.listen_lost", { message: err.message });
      void client.end().catch(() => undefined);
      retry();
    });
    await client.connect();
    await client.query("LISTEN inbox_events; LISTEN inbox_presence");
  };
  await connect();
  return hub;
}
