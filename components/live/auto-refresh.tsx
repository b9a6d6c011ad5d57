"use client";

// Re-renders the page's server components when something relevant changes: any case for the inbox, one case
// for a case page. Changes arriving together are coalesced into one refresh.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useLive } from "./live-provider";

export function AutoRefresh({ caseId }: { caseId?: string }) {
  const router = useRouter();
  const { subscribe } = useLive();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe((e) => {
      if (caseId && e.caseId !== caseId) return;
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), 250);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [caseId, router, subscribe]);
  return null;
}
