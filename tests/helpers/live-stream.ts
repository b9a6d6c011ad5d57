// Reading live streams in integration tests (lib/live): a collector that parses what a stream sends, and
// caughtUp(), which waits for the hub to have delivered everything committed so far — the event itself, not
// "50 ms for the NOTIFY to arrive" (issue 28).
import type { Database } from "@/lib/db/open-database";
import type { ChangeEvent, StreamMessage } from "@/lib/live/events";
import type { HubItem, LiveHub } from "@/lib/live/hub";
import { within } from "./eventually";

/** Reads a stream in the background and keeps every parsed message. */
export function collect(stream: ReadableStream<Uint8Array>) {
  const got: StreamMessage[] = [];
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  const done = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += decoder.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const data = block.split("\n").find((l) => l.startsWith("data: "));
        if (data) got.push(JSON.parse(data.slice(6)));
      }
    }
  })();
  return { got, done, stop: () => reader.cancel() };
}

export const changes = (got: StreamMessage[]) => got.filter((m): m is Extract<StreamMessage, { type: "change" }> => m.type === "change");

let marks = 0;

/**
 * Resolves once `hub` has emitted every notification committed before this call and the streams and their
 * collectors have taken it in. The event: a marker NOTIFY sent after the changes under test. Notifications
 * arrive in commit order and the hub emits them in order, so once it emits the marker it has emitted all that
 * came before. The marker names a workspace no member has: no stream forwards it.
 */
export async function caughtUp(db: Database, hub: LiveHub): Promise<void> {
  const id = `caught-up-${++marks}`;
  const seen = new Promise<void>((resolve) => {
    const onItem = (item: HubItem) => {
      if (item.kind !== "change" || item.event.entityId !== id) return;
      hub.off("item", onItem);
      resolve();
    };
    hub.on("item", onItem);
  });
  const marker: ChangeEvent = { id, action: "TEST_MARKER", workspaceId: "no-such-workspace", caseId: null, entityType: "test", entityId: id, actorUserId: null };
  await db.prisma.$executeRaw`SELECT pg_notify('inbox_events', ${JSON.stringify(marker)})`;
  await within(seen, "the hub to emit the marker notification");
  // Each stream writes a batch's frames a microtask after the hub emits it, and the collectors read them in
  // microtasks: one turn of the event loop (not a duration) lets all of that finish.
  await new Promise((r) => setImmediate(r));
}
