"use client";

// Keeps the inbox's counts (view tabs, total behind the filters) current while changes stream in: on changes it
// fetches the counts alone (GET /api/v1/cases/counts, a few hundred bytes) at most every COUNTS_WAIT_MS, and never
// later than COUNTS_MAX_WAIT_MS into a stream, then writes the figures into the page's count badges
// ([data-testid=view-count-<view>], [data-testid=inbox-total]), which stay server-rendered for the first paint.
import { useEffect } from "react";
import { throttleWithMaxWait } from "@/lib/live/throttle";
import { useLive } from "./live-provider";

export const COUNTS_WAIT_MS = 1_000;
export const COUNTS_MAX_WAIT_MS = 3_000;

interface Counts {
  views: Record<string, number>;
  total: number;
}

/** Changes the text node React rendered (not the element's children), so React keeps owning it. */
function setLeadingNumber(el: Element, n: number) {
  const text = el.firstChild;
  if (text?.nodeType === Node.TEXT_NODE && text.nodeValue !== String(n)) text.nodeValue = String(n);
}

// Every match, not the first: streamed HTML may briefly hold a hidden second copy of the page.
function paint(c: Counts) {
  for (const [view, n] of Object.entries(c.views)) {
    for (const el of document.querySelectorAll(`[data-testid="view-count-${view}"]`)) setLeadingNumber(el, n);
  }
  for (const el of document.querySelectorAll('[data-testid="inbox-total"]')) setLeadingNumber(el, c.total);
}

/**
 * `filters`: the inbox's filter query string (without cursor), as the total follows the filters. `renderedAt`:
 * when the page counted (server epoch ms).
 */
export function LiveCounts({ filters, renderedAt }: { filters: string; renderedAt?: number }) {
  const { subscribe } = useLive();
  useEffect(() => {
    let stopped = false;
    const load = throttleWithMaxWait(() => {
      void fetch(`/api/v1/cases/counts${filters ? `?${filters}` : ""}`)
        .then((r) => (r.ok ? (r.json() as Promise<{ data: Counts }>) : null))
        .then((body) => { if (body && !stopped) paint(body.data); })
        .catch(() => undefined);
    }, { wait: COUNTS_WAIT_MS, maxWait: COUNTS_MAX_WAIT_MS });
    const unsubscribe = subscribe(() => load(), renderedAt);
    return () => {
      stopped = true;
      load.cancel();
      unsubscribe();
    };
  }, [filters, subscribe, renderedAt]);
  return null;
}
