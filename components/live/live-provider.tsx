"use client";

// One EventSource per tab on /api/v1/stream. Pages subscribe to live messages: a change (with the case's inbox
// row, already scoped by the server) or "resync" — after a reconnect, a gap in the stream's sequence, or the
// server saying this tab fell behind — on which a page reloads its server components. Also keeps who is
// viewing or replying where. The browser reconnects by itself after a drop.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { LiveMessage, PresenceEvent, StreamMessage } from "@/lib/live/events";

const TTL = 25_000;
/** A hidden tab keeps its stream this long (switching tabs briefly costs nothing), then closes it. */
const BACKGROUND_CLOSE_MS = 60_000;

interface Live {
  presence: PresenceEvent[];
  selfId: string;
  subscribe(fn: (m: LiveMessage) => void): () => void;
  connected: boolean;
}

const LiveContext = createContext<Live | null>(null);

export function LiveProvider({ selfId, children }: { selfId: string; children: ReactNode }) {
  const listeners = useRef(new Set<(m: LiveMessage) => void>());
  const [presence, setPresence] = useState<PresenceEvent[]>([]);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    let es: EventSource | null = null;
    const emit = (m: LiveMessage) => {
      for (const fn of listeners.current) fn(m);
    };
    let lastSeq = -1;
    let readyBefore = false;
    const upsert = (list: PresenceEvent[], p: PresenceEvent) => {
      const rest = list.filter((x) => !(x.caseId === p.caseId && x.userId === p.userId));
      return p.activity === "left" ? rest : [...rest, p];
    };
    const onMessage = (e: Event) => {
      const m = JSON.parse((e as MessageEvent).data) as StreamMessage;
      if (m.type === "ready") {
        setConnected(true);
        setPresence(m.presence);
        // A new stream after an earlier one: whatever happened in between was not seen.
        if (readyBefore) emit({ type: "resync" });
        readyBefore = true;
        lastSeq = 0;
        return;
      }
      const gap = m.seq !== lastSeq + 1;
      lastSeq = m.seq;
      if (gap || m.type === "resync") return emit({ type: "resync" });
      if (m.type === "change") emit({ type: "change", event: m.event, row: m.row, message: m.message, at: m.at });
      else setPresence((list) => upsert(list, m.presence));
    };
    const open = () => {
      es = new EventSource("/api/v1/stream");
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
    // Same list when nothing expired: no new context value, no re-render of every subscriber.
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
  }, []);

  // Stable for the provider's life: subscribers' effects depend on it, and a new function on every presence
  // change re-ran them all — cancelling their pending batches (rows waiting to be applied were lost) and the
  // counts fetch in flight, every 5 s during a stream (seen: the tab counts never updated during one).
  const subscribe = useCallback((fn: (m: LiveMessage) => void) => {
    listeners.current.add(fn);
    return () => {
      listeners.current.delete(fn);
    };
  }, []);
  const value = useMemo<Live>(() => ({ presence, selfId, connected, subscribe }), [presence, selfId, connected, subscribe]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  const v = useContext(LiveContext);
  if (!v) throw new Error("useLive outside LiveProvider");
  return v;
}
