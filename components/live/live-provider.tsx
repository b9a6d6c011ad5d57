"use client";

// One EventSource per tab on /api/v1/stream. Pages subscribe to "change" events (to refresh their server
// components) and read who is viewing or replying where. The browser reconnects by itself after a drop.
import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ChangeEvent, PresenceEvent } from "@/lib/live/events";

const TTL = 25_000;

interface Live {
  presence: PresenceEvent[];
  selfId: string;
  subscribe(fn: (e: ChangeEvent) => void): () => void;
  connected: boolean;
}

const LiveContext = createContext<Live | null>(null);

export function LiveProvider({ selfId, children }: { selfId: string; children: ReactNode }) {
  const listeners = useRef(new Set<(e: ChangeEvent) => void>());
  const [presence, setPresence] = useState<PresenceEvent[]>([]);
  const [connected, setConnected] = useState(false);

  useEffect(() => {
    const es = new EventSource("/api/v1/stream");
    const upsert = (list: PresenceEvent[], p: PresenceEvent) => {
      const rest = list.filter((x) => !(x.caseId === p.caseId && x.userId === p.userId));
      return p.activity === "left" ? rest : [...rest, p];
    };
    es.addEventListener("ready", (m) => {
      setConnected(true);
      setPresence((JSON.parse((m as MessageEvent).data) as { presence: PresenceEvent[] }).presence);
    });
    es.addEventListener("change", (m) => {
      const e = JSON.parse((m as MessageEvent).data) as ChangeEvent;
      for (const fn of listeners.current) fn(e);
    });
    es.addEventListener("presence", (m) => setPresence((list) => upsert(list, JSON.parse((m as MessageEvent).data))));
    es.onerror = () => setConnected(false);
    // Forget presences whose heartbeats stopped (tab closed without saying goodbye).
    const sweep = setInterval(() => setPresence((list) => list.filter((p) => Date.now() - p.at < TTL)), 5_000);
    return () => {
      clearInterval(sweep);
      es.close();
    };
  }, []);

  const value = useMemo<Live>(
    () => ({
      presence,
      selfId,
      connected,
      subscribe(fn) {
        listeners.current.add(fn);
        return () => listeners.current.delete(fn);
      },
    }),
    [presence, selfId, connected],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  const v = useContext(LiveContext);
  if (!v) throw new Error("useLive outside LiveProvider");
  return v;
}
