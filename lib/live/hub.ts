// One LISTEN per app process on "inbox_events" and "inbox_presence", fanned out to every open SSE stream of
// that process. NOTIFY reaches every instance sharing the database, so this scales past one process.
import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import type { Database } from "../db/open-database";
import { log } from "../log";
import { changeEvent, presenceEvent, PRESENCE_TTL_MS, type ChangeEvent, type PresenceEvent } from "./events";

export class LiveHub extends EventEmitter {
  /** workspaceId → "caseId:userId" → latest presence, so a new stream starts with who is where. */
  private presence = new Map<string, Map<string, PresenceEvent>>();

  constructor() {
    super();
    this.setMaxListeners(0);
  }

  receive(channel: string, payload: string) {
    try {
      if (channel === "inbox_events") this.emit("change", changeEvent.parse(JSON.parse(payload)) satisfies ChangeEvent);
      else if (channel === "inbox_presence") {
        const p = presenceEvent.parse(JSON.parse(payload));
        const ws = this.presence.get(p.workspaceId) ?? new Map<string, PresenceEvent>();
        this.presence.set(p.workspaceId, ws);
        if (p.activity === "left") ws.delete(`${p.caseId}:${p.userId}`);
        else ws.set(`${p.caseId}:${p.userId}`, p);
        this.emit("presence", p);
      }
    } catch (err) {
      log.warn("live.bad_notification", { channel, message: (err as Error).message });
    }
  }

  presenceSnapshot(workspaceId: string, now = Date.now()): PresenceEvent[] {
    const ws = this.presence.get(workspaceId);
    if (!ws) return [];
    for (const [k, p] of ws) if (now - p.at > PRESENCE_TTL_MS) ws.delete(k);
    return [...ws.values()];
  }
}

export async function startHub(db: Database): Promise<LiveHub> {
  const hub = new LiveHub();
  if (db.kind === "pglite") {
    for (const ch of ["inbox_events", "inbox_presence"]) await db.pglite!.listen(ch, (payload) => hub.receive(ch, payload));
    return hub;
  }
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: db.url });
    client.on("notification", (n) => n.payload && hub.receive(n.channel, n.payload));
    client.on("error", (err) => {
      log.warn("live.listen_lost", { message: err.message });
      setTimeout(() => void connect().catch(() => undefined), 1_000);
    });
    await client.connect();
    await client.query("LISTEN inbox_events; LISTEN inbox_presence");
  };
  await connect();
  return hub;
}
