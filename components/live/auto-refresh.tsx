"use client";

// Re-renders the page's server components when something relevant changes (one case, for a case page), and
// after a resync. Changes arriving together are coalesced, but never for longer than MAX_WAIT: during a
// stream of changes the page still updates (a pure debounce never fired while changes kept coming).
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { throttleWithMaxWait } from "@/lib/live/throttle";
import { useLive } from "./live-provider";

export const REFRESH_WAIT_MS = 250;
export const REFRESH_MAX_WAIT_MS = 1_000;

export function AutoRefresh({ caseId }: { caseId?: string }) {
  const router = useRouter();
  const { subscribe } = useLive();
  useEffect(() => {
    const refresh = throttleWithMaxWait(() => router.refresh(), { wait: REFRESH_WAIT_MS, maxWait: REFRESH_MAX_WAIT_MS });
    const unsubscribe = subscribe((m) => {
      if (m.type === "change" && caseId && m.event.caseId !== caseId) return;
      refresh();
    });
    return () => {
      refresh.cancel();
      unsubscribe();
    };
  }, [caseId, router, subscribe]);
  return null;
}
