// One member's server-sent event stream: the hub's items filtered by the case scope rule (caseVisibleTo, the
// same rule as the inbox query), numbered per stream so the browser can tell when it missed something, and
// bounded: a tab that stops reading (background, slow network) gets at most `maxBufferedBytes` queued, then
// one "resync" message and the end of the stream; it reconnects and reloads instead of the server buffering
// without bound. An open stream outlives the request that authenticated it, so it re-checks the caller
// (`recheck`: session version, active membership, token) at least every 30 s and ends after a sign-out,
// a deactivation or a revoked token (issue #20 item 6).
import type { Member } from "../auth/member";
import { caseScopeOf, caseVisibleTo as visibleWithTeams, type CaseScopeFacts } from "../cases/case-scope";
import type { StreamMessage } from "./events";
import type { HubItem, LiveHub } from "./hub";

export interface StreamOptions {
  /** Bytes queued for this tab before it is told to resync. */
  maxBufferedBytes?: number;
  pingMs?: number;
  signal?: AbortSignal;
  /** Is the caller still who opened the stream? false (or a failure) ends it with a "signed_out" resync. */
  recheck?: () => Promise<boolean>;
  /** How often `recheck` runs; at most SESSION_RECHECK_MS. */
  recheckMs?: number;
  /**
   * When the page that opens the stream read its data (epoch ms, server clock). "ready" then says `missed`
   * if something may have changed since (hub.changedSince): a case committed between the page's render and
   * this stream's start would otherwise be shown by neither.
   */
  since?: number;
}

export const SESSION_RECHECK_MS = 30_000;

export const DEFAULT_MAX_BUFFERED_BYTES = 256 * 1024;
const encoder = new TextEncoder();

export function frame(msg: StreamMessage | { type: "ping"; at: number }): Uint8Array {
  // On "ready", ask the browser to reconnect quickly after a drop (its default is several seconds).
  const id = ("seq" in msg ? `id: ${msg.seq}\n` : "") + (msg.type === "ready" ? "retry: 1000\n" : "");
  return encoder.encode(`${id}event: ${msg.type}\ndata: ${JSON.stringify(msg)}\n\n`);
}

/**
 * A change's frame. The payload (event, row, message) is the same for every stream that may see it: it is
 * serialised and encoded once per change (cached on the hub item, with and without the message), and only the
 * per-stream sequence differs. The message goes only to members who have the case open (hub.isViewing): the
 * inbox does not need it, and it was a third of the bytes of a new case.
 */
export function changeFrame(seq: number, item: Extract<HubItem, { kind: "change" }>, withMessage: boolean): Uint8Array {
  const encode = (message: boolean) => encoder.encode(
    `${JSON.stringify({ event: item.event, row: item.withRow ? (item.snapshot?.row ?? null) : null, ...(message && item.message ? { message: item.message } : {}), at: item.at }).slice(1)}\n\n`,
  );
  const tail = withMessage && item.message ? (item.encodedWithMessage ??= encode(true)) : (item.encoded ??= encode(false));
  const head = encoder.encode(`id: ${seq}\nevent: change\ndata: {"type":"change","seq":${seq},`);
  const out = new Uint8Array(head.byteLength + tail.byteLength);
  out.set(head);
  out.set(tail, head.byteLength);
  return out;
}

/** `teamIds`: the member's teams (memberTeamIds), read once when the stream opens. */
export async function openLiveStream(hub: LiveHub, member: Member, teamIds: readonly string[], opts: StreamOptions = {}): Promise<ReadableStream<Uint8Array>> {
  const limit = opts.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES;
  const wholeWorkspace = caseScopeOf(member) === "workspace";
  const caseVisibleTo = (m: Member, f: CaseScopeFacts) => visibleWithTeams(m, teamIds, f);
  // Who is where right now, limited to cases this member may see.
  let presence = hub.presenceSnapshot(member.workspaceId);
  if (!wholeWorkspace && presence.length) {
    const facts = await hub.load([...new Set(presence.map((p) => p.caseId))], false);
    presence = presence.filter((p) => { const f = facts.get(p.caseId)?.facts; return !!f && caseVisibleTo(member, f); });
  }
  // `assigned`: the last sequence number given to a message (queued or waiting in `pending`); `queued`: the last
  // one actually handed to the socket. A resync names queued + 1, so the browser sees the gap.
  let assigned = 0;
  let queued = 0;
  let closed = false;
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const close = () => {
          if (closed) return;
          closed = true;
          cleanup();
          try { controller.close(); } catch { /* already closed */ }
        };
        // The hub emits a batch's items in one synchronous loop: their frames are gathered and written as one
        // chunk at the end of it (a microtask later), not one socket write per change per tab (measured: two
        // changes per new case, thirty tabs, and the writes were most of the fan-out instance's CPU).
        let pending: Uint8Array[] = [];
        const flush = () => {
          if (closed || pending.length === 0) return;
          const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
          pending = [];
          // desiredSize = limit − bytes already queued and not yet read by the socket.
          if ((controller.desiredSize ?? 0) - chunk.byteLength < 0) {
            controller.enqueue(frame({ type: "resync", seq: queued + 1, at: Date.now(), reason: "overflow" }));
            close();
            return;
          }
          controller.enqueue(chunk);
          queued = assigned; // only what was actually queued is numbered: gaps mean loss
        };
        const enqueue = (bytes: Uint8Array, next: number | null) => {
          if (closed) return;
          if (pending.length === 0) queueMicrotask(flush);
          pending.push(bytes);
          if (next !== null) assigned = next;
        };
        const send = (msg: Exclude<StreamMessage, { type: "change" }> | { type: "ping"; at: number }) =>
          enqueue(frame(msg), "seq" in msg ? msg.seq : null);
        const sendChange = (item: Extract<HubItem, { kind: "change" }>) => {
          const withMessage = !!item.message && !!item.event.caseId && hub.isViewing(member.workspaceId, item.event.caseId, member.userId);
          enqueue(changeFrame(assigned + 1, item, withMessage), assigned + 1);
        };
        const onItem = (item: HubItem) => {
          if (item.kind === "missed") {
            send({ type: "resync", seq: assigned + 1, at: Date.now(), reason: "missed" });
          } else if (item.kind === "change") {
            // A notification goes to its recipient only, whatever the role (migration *_desk).
            if (item.event.recipientId) {
              if (item.event.recipientId === member.userId) sendChange(item);
              return;
            }
            if (item.event.workspaceId !== member.workspaceId) return;
            const facts = item.snapshot?.facts;
            // Events about no case (settings, members) go to whole-workspace members only.
            if (facts ? !caseVisibleTo(member, facts) : !wholeWorkspace) return;
            sendChange(item);
          } else {
            const f = item.facts;
            if (item.presence.workspaceId !== member.workspaceId || !f || !caseVisibleTo(member, f)) return;
            send({ type: "presence", seq: assigned + 1, presence: item.presence });
          }
        };
        hub.on("item", onItem);
        // Proxies close idle connections: a ping every 15 s keeps the stream open.
        const ping = setInterval(() => send({ type: "ping", at: Date.now() }), opts.pingMs ?? 15_000);
        let checking = false;
        const recheck = opts.recheck;
        const auth = recheck && setInterval(() => {
          if (checking || closed) return;
          checking = true;
          // Fail closed: a stream that cannot be vouched for ends; the browser reconnects through the normal check.
          recheck().catch(() => false).then((ok) => {
            checking = false;
            if (ok || closed) return;
            send({ type: "resync", seq: assigned + 1, at: Date.now(), reason: "signed_out" });
            queueMicrotask(close); // after the pending frames (and this one) are flushed
          });
        }, Math.min(opts.recheckMs ?? SESSION_RECHECK_MS, SESSION_RECHECK_MS));
        cleanup = () => {
          clearInterval(ping);
          if (auth) clearInterval(auth);
          hub.off("item", onItem);
        };
        opts.signal?.addEventListener("abort", close);
        const missed = opts.since !== undefined && hub.changedSince(member.workspaceId, opts.since);
        send({ type: "ready", seq: 0, at: Date.now(), presence, ...(missed ? { missed } : {}) });
      },
      cancel() {
        closed = true;
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: limit }),
  );
}
