// An inbox row for the wire and for client components: dates become ISO strings.
import type { CaseListItem } from "../cases/case-rows";
import type { LiveRow } from "./events";

export function toLiveRow(c: CaseListItem): LiveRow {
  return {
    ...c,
    openedAt: c.openedAt.toISOString(),
    lastMessageAt: c.lastMessageAt.toISOString(),
    firstResponseDueAt: c.firstResponseDueAt?.toISOString() ?? null,
    firstRespondedAt: c.firstRespondedAt?.toISOString() ?? null,
    snoozedUntil: c.snoozedUntil?.toISOString() ?? null,
  };
}
