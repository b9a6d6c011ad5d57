"use client";

// Tells the team this member is on a case (every 10 s), "replying" while the composer has focus and text,
// and "left" when the page goes away.
import { useEffect } from "react";

type Activity = "viewing" | "replying" | "left";

function post(caseId: string, activity: Activity, keepalive = false) {
  void fetch("/api/v1/presence", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ caseId, activity }),
    keepalive,
  }).catch(() => undefined);
}

export function PresenceBeacon({ caseId }: { caseId: string }) {
  useEffect(() => {
    let current: Activity = "viewing";
    const activityNow = (): Activity => {
      const el = document.activeElement;
      const composer = el?.closest?.("[data-testid=composer]");
      return composer && el instanceof HTMLTextAreaElement && el.value.trim() ? "replying" : "viewing";
    };
    const update = () => {
      const next = activityNow();
      if (next !== current) {
        current = next;
        post(caseId, current);
      }
    };
    post(caseId, current);
    const beat = setInterval(() => post(caseId, activityNow()), 10_000);
    document.addEventListener("focusin", update);
    document.addEventListener("focusout", update);
    document.addEventListener("input", update);
    return () => {
      clearInterval(beat);
      document.removeEventListener("focusin", update);
      document.removeEventListener("focusout", update);
      document.removeEventListener("input", update);
      post(caseId, "left", true);
    };
  }, [caseId]);
  return null;
}
