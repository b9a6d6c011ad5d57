// Failed hand-off reports (issue #25), read by lib/handoff/detect-failed-handoff.ts: a customer telling us that
// the number, address, department or link we gave did not work. Target on unseen replies: ≥ 85 % of reports
// detected, ≤ 3 % of ordinary replies flagged (a flag reopens the case at higher priority and marks a route).
import { detectFailedHandoff } from "../../../lib/handoff/detect-failed-handoff";
import type { Row } from "../corpus";
import { fig, pct, type TaskReport } from "./report";

export function evaluateHandoff(rows: Row[]): TaskReport {
  const read = rows.map((r) => ({ r, got: detectFailedHandoff(r.text) }));
  const of = (label: string, lang?: string) => read.filter((x) => x.r.label === label && (!lang || x.r.lang === lang));
  const flagged = (xs: typeof read) => xs.filter((x) => x.got.failed).length;
  return {
    figures: [
      fig("items", rows.length, "count"),
      fig("reports detected", pct(flagged(of("failed")), of("failed").length)),
      fig("reports detected, French", pct(flagged(of("failed", "fr")), of("failed", "fr").length)),
      fig("reports detected, English", pct(flagged(of("failed", "en")), of("failed", "en").length)),
      fig("ordinary replies flagged", pct(flagged(of("ordinary")), of("ordinary").length)),
    ],
    errors: read
      .filter((x) => x.got.failed !== (x.r.label === "failed"))
      .map((x) => `[${x.r.family}] ${x.r.label} → ${x.got.failed ? `flagged (${x.got.reasons.join(", ")})` : "missed"}: ${x.r.text}`),
  };
}
