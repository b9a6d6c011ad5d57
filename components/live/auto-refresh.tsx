"use client";

// Re-renders the page's server components when something relevant changes (one case, for a case page), and
// after a resync. On the case page, changes that carry their message are applied by the thread itself
// (components/case/live-thread.tsx, `threadApplied`) and cost no server render; the rest of the case (status,
// escalation, timeline) still refreshes. Changes arriving together are coalesced, but never for longer than MAX_WAIT: during a
// stream of changes the page still updates (a pure debounce never fired while changes kept coming).
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { throttleWithMaxWait } from "@/lib/live/throttle";
import { useLive } from "./live-provider";

export const REFRESH_WAIT_MS = 250;
export const REFRESH_MAX_WAIT_MS = 1_000;

/** `renderedAt`: when the page read its data (server epoch ms): a change after it, heard before this listened, still refreshes. */
export function AutoRefresh({ caseId, threadApplied = false, renderedAt }: { caseId?: string; threadApplied?: boolean; renderedAt?: number }) {
  const router = useRouter();
  const { subscribe } = useLive();
  useEffect(() => {
    const refresh = throttleWithMaxWait(() => router.refresh(), { wait: REFRESH_WAIT_MS, maxWait: REFRESH_MAX_WAIT_MS });
    const unsubscribe = subscribe((m) => {
      if (m.type === "change" && caseId && m.event.caseId !== caseId) return;
      if (m.type === "change" && threadApplied && m.message?.caseId === caseId) return;
      refresh();
    }, renderedAt);
    return () => {
      refresh.cancel();
      unsubscribe();
    };
  }, [caseId, threadApplied, router, subscribe, renderedAt]);
  return null;
}
