"use client";

// One EventSource per tab on /api/v1/stream. Pages subscribe to live messages: a change (with the case's inbox
// row, already scoped by the server) or "resync" — after a reconnect, a gap in the stream's sequence, or the
// server saying this tab fell behind — on which a page reloads its server components. Also keeps who is
// viewing or replying where. The browser reconnects by itself after a drop.
//
// A page that reads data on the server says when (`since`, server time) as it subscribes: the first stream is
// opened with the earliest such time, and says whether something changed after it (a case committed between
// the render and the stream's start); a part that subscribes later (a client navigation, a refresh: it
// subscribes again with its new render's time) is replayed what the stream said after that render
// (lib/live/recent-messages.ts). A page's render and its listener are moments apart: without this, a change
// in between reached only the listeners of the page being left.
//
// The context value never changes. Presence and the connection state live in a small store that only the
// components showing them subscribe to (useSyncExternalStore). A changing context value was an update to
// every Suspense boundary below the provider: one still waiting for its streamed HTML when the stream said
// "ready" switched to client rendering, and the server's HTML, arriving later, stayed in the document as a
// hidden second copy of the page (seen under load: every test id on the page matched twice).
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import type { LiveMessage, PresenceEvent, StreamMessage } from "@/lib/live/events";
import { RecentMessages } from "@/lib/live/recent-messages";

const TTL = 25_000;
/** A hidden tab keeps its stream this long (switching tabs briefly costs nothing), then closes it. */
const BACKGROUND_CLOSE_MS = 60_000;

interface Live {
  selfId: string;
  /**
   * Stable for the provider's life: subscribers' effects depend on it. `since`: when the server read the data
   * the subscriber shows (epoch ms, server clock); what changed after it is delivered too.
   */
  subscribe(fn: (m: LiveMessage) => void, since?: number): () => void;
  state: LiveState;
}

interface Snapshot { presence: PresenceEvent[]; connected: boolean }
const OFFLINE: Snapshot = { presence: [], connected: false };

/** The stream's presence list and connection state; a new snapshot object only when one of them changed. */
class LiveState {
  private snap: Snapshot = OFFLINE;
  private readonly watchers = new Set<() => void>();
  get = () => this.snap;
  watch = (fn: () => void) => {
    this.watchers.add(fn);
    return () => void this.watchers.delete(fn);
  };
  set(next: Partial<Snapshot>) {
    const merged = { ...this.snap, ...next };
    if (merged.presence === this.snap.presence && merged.connected === this.snap.connected) return;
    this.snap = merged;
    for (const fn of this.watchers) fn();
  }
}

const LiveContext = createContext<Live | null>(null);

export function LiveProvider({ selfId, children }: { selfId: string; children: ReactNode }) {
  const [live] = useState(() => {
    const listeners = new Set<(m: LiveMessage) => void>();
    const recent = new RecentMessages();
    const value: Live & { emit(at: number, m: LiveMessage): void; opened: boolean; firstSince?: number } = {
      selfId,
      state: new LiveState(),
      opened: false,
      subscribe(fn, since) {
        listeners.add(fn);
        // Before the first stream opens (children's effects run before the provider's), its "ready" answers
        // for the earliest render; after, the stream's recent messages do.
        if (since !== undefined && !value.opened) value.firstSince = Math.min(value.firstSince ?? since, since);
        else if (since !== undefined) for (const m of recent.after(since)) fn(m);
        return () => void listeners.delete(fn);
      },
      emit(at, m) {
        recent.add(at, m);
        for (const fn of listeners) fn(m);
      },
    };
    return value;
  });

  useEffect(() => {
    let es: EventSource | null = null;
    const { emit, state } = live;
    const setConnected = (connected: boolean) => state.set({ connected });
    const setPresence = (f: (list: PresenceEvent[]) => PresenceEvent[]) => state.set({ presence: f(state.get().presence) });
    let lastSeq = -1;
    let readyBefore = false;
    /** The latest server time the stream told (a gap's messages came before it). */
    let serverAt = 0;
    const upsert = (list: PresenceEvent[], p: PresenceEvent) => {
      const rest = list.filter((x) => !(x.caseId === p.caseId && x.userId === p.userId));
      return p.activity === "left" ? rest : [...rest, p];
    };
    const onMessage = (e: Event) => {
      const m = JSON.parse((e as MessageEvent).data) as StreamMessage;
      if (m.type !== "presence") serverAt = Math.max(serverAt, m.at);
      if (m.type === "ready") {
        state.set({ connected: true, presence: m.presence });
        live.opened = true;
        // A new stream after an earlier one: whatever happened in between was not seen. The first one says
        // itself whether something changed after the pages' render.
        if (readyBefore || m.missed) emit(m.at, { type: "resync" });
        readyBefore = true;
        lastSeq = 0;
        return;
      }
      const gap = m.seq !== lastSeq + 1;
      lastSeq = m.seq;
      if (gap || m.type === "resync") return emit(serverAt, { type: "resync" });
      if (m.type === "change") emit(m.at, { type: "change", event: m.event, row: m.row, message: m.message, at: m.at });
      else setPresence((list) => upsert(list, m.presence));
    };
    const open = () => {
      // Until a stream is ready, it answers for the pages' render (a later one resyncs whatever happened).
      const since = live.opened ? undefined : live.firstSince;
      es = new EventSource(`/api/v1/stream${since === undefined ? "" : `?since=${since}`}`);
      for (const type of ["ready", "change", "presence", "resync"]) es.addEventListener(type, onMessage);
      es.onerror = () => setConnected(false);
    };
    const close = () => {
      es?.close();
      es = null;
      setConnected(false);
    };
    // A tab left in the background for a while lets go of its stream (nothing to fan out to it), and catches
    // up with one reload when it is looked at again.
    let idle: ReturnType<typeof setTimeout> | undefined;
    const onVisibility = () => {
      clearTimeout(idle);
      if (document.hidden) idle = setTimeout(close, BACKGROUND_CLOSE_MS);
      else if (!es) open();
    };
    open();
    document.addEventListener("visibilitychange", onVisibility);
    // Forget presences whose heartbeats stopped (tab closed without saying goodbye).
    // Same list when nothing expired: no re-render of the presence badges.
    const sweep = setInterval(() => setPresence((list) => {
      const fresh = list.filter((p) => Date.now() - p.at < TTL);
      return fresh.length === list.length ? list : fresh;
    }), 5_000);
    return () => {
      clearInterval(sweep);
      clearTimeout(idle);
      document.removeEventListener("visibilitychange", onVisibility);
      es?.close();
    };
  }, [live]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

export function useLive(): Pick<Live, "selfId" | "subscribe"> {
  const v = useContext(LiveContext);
  if (!v) throw new Error("useLive outside LiveProvider");
  return v;
}

/** Who is viewing or replying where, and whether the stream is up; re-renders only the caller on a change. */
export function useLiveState(): Snapshot {
  const v = useContext(LiveContext);
  if (!v) throw new Error("useLiveState outside LiveProvider");
  return useSyncExternalStore(v.state.watch, v.state.get, () => OFFLINE);
}
