"use client";

// The inbox list kept live in the browser: change messages carry the case's row (already scoped by the
// server); they are gathered and applied in batches (at most BATCH_MAX_WAIT_MS late, even during a flood),
// held behind the "N new" pill while the agent is triaging, and announced once per batch. When a row cannot
// be judged here (search results, older pages) or after a resync, the page asks the server again — also
// throttled with a maximum wait, so it never starves.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { applyRows, revealPending, type RowOrder, type RowsState } from "@/lib/live/apply-rows";
import type { LiveRow } from "@/lib/live/events";
import { throttleWithMaxWait } from "@/lib/live/throttle";
import { REFRESH_MAX_WAIT_MS, REFRESH_WAIT_MS } from "./auto-refresh";
import { useLive } from "./live-provider";
import { isTriaging } from "./triage-state";

export const BATCH_WAIT_MS = 100;
export const BATCH_MAX_WAIT_MS = 400;

export interface Announcement {
  kind: "added" | "held";
  count: number;
  /** Changes on every batch, so the same sentence twice is announced twice. */
  id: number;
}

/** `more`: the server has later pages (see applyRows). `renderedAt`: when the server read `initial` (epoch ms). */
export function useLiveRows(initial: LiveRow[], matches: (r: LiveRow) => boolean | null, order: RowOrder, more = false, renderedAt?: number) {
  const router = useRouter();
  const { subscribe } = useLive();
  const [state, setState] = useState<RowsState>({ rows: initial, pending: [] });
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const [now, setNow] = useState<Date | null>(null);
  const stateRef = useRef(state);
  const matchesRef = useRef(matches);
  const orderRef = useRef(order);
  const moreRef = useRef(more);
  useLayoutEffect(() => {
    stateRef.current = state;
    matchesRef.current = matches;
    orderRef.current = order;
    moreRef.current = more;
  });

  // A server render (refresh, navigation) is the truth: start again from it; what waits stays waiting.
  const [seen, setSeen] = useState(initial);
  if (seen !== initial) {
    setSeen(initial);
    const ids = new Set(initial.map((r) => r.id));
    setState((s) => ({ rows: initial, pending: s.pending.filter((p) => !ids.has(p.id)) }));
  }

  useEffect(() => {
    const buffer = new Map<string, LiveRow>();
    let announceId = 0;
    const refresh = throttleWithMaxWait(() => router.refresh(), { wait: REFRESH_WAIT_MS, maxWait: REFRESH_MAX_WAIT_MS });
    const flush = throttleWithMaxWait(() => {
      const incoming = [...buffer.values()];
      buffer.clear();
      const before = new Set(stateRef.current.rows.map((x) => x.id));
      const r = applyRows(stateRef.current, incoming, isTriaging(), matchesRef.current, orderRef.current, moreRef.current);
      stateRef.current = r.state;
      setState(r.state);
      setNow(new Date());
      if (r.needRefresh) refresh();
      if (r.added) setFresh(new Set(r.state.rows.filter((x) => !before.has(x.id)).map((x) => x.id)));
      if (r.added) setAnnouncement({ kind: "added", count: r.added, id: ++announceId });
      else if (r.held) setAnnouncement({ kind: "held", count: r.state.pending.length, id: ++announceId });
    }, { wait: BATCH_WAIT_MS, maxWait: BATCH_MAX_WAIT_MS });
    const unsubscribe = subscribe((m) => {
      if (m.type === "resync") return refresh();
      if (!m.row) return;
      buffer.set(m.row.id, m.row);
      flush();
    }, renderedAt);
    return () => {
      unsubscribe();
      flush.cancel();
      refresh.cancel();
    };
  }, [router, subscribe, renderedAt]);

  const reveal = useCallback(() => {
    const next = revealPending(stateRef.current, matchesRef.current, orderRef.current);
    const count = stateRef.current.pending.length;
    setFresh(new Set(stateRef.current.pending.map((p) => p.id)));
    stateRef.current = next;
    setState(next);
    setNow(new Date());
    if (count) setAnnouncement({ kind: "added", count, id: Date.now() });
  }, []);

  return { rows: state.rows, pending: state.pending, fresh, announcement, reveal, now };
}
