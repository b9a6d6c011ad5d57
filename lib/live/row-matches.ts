// Does a live inbox row belong in the list the member is looking at? The client-side twin of the filters in
// lib/cases/list-cases.ts. Returns null when it cannot tell (full-text search, an older page): the page then
// falls back to a throttled server refresh. No server imports here.
import type { ListCasesQuery } from "../cases/schemas";
import type { LiveRow } from "./events";
import { isSnoozed } from "../cases/snooze-rule";

const ACTIVE = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED"];

export function rowMatches(row: LiveRow, q: Partial<ListCasesQuery>, userId: string, now = Date.now()): boolean | null {
  if (q.q || q.cursor) return null;
  if (q.status && !q.status.includes(row.status as never)) return false;
  const assignee = row.assignee?.id ?? null;
  if (q.assignee === "me" && assignee !== userId) return false;
  if (q.assignee === "unassigned" && assignee !== null) return false;
  if (q.assignee && q.assignee !== "me" && q.assignee !== "unassigned" && assignee !== q.assignee) return false;
  if (q.platform && row.channel.platform !== q.platform.toUpperCase()) return false;
  if (q.channel && row.channel.id !== q.channel) return false;
  if (q.priority && !q.priority.includes(row.priority as never)) return false;
  if (q.tag && !row.tags.includes(q.tag)) return false;
  if (q.incident === "any" && !row.incidentId) return false;
  if (q.incident === "none" && row.incidentId) return false;
  if (q.incident && q.incident !== "any" && q.incident !== "none" && row.incidentId !== q.incident) return false;
  if (q.language && row.language !== q.language) return false;
  const active = ACTIVE.includes(row.status);
  // As snoozedSql: the running clock's due time stands for slaDueAt (none while paused).
  const snoozed = isSnoozed({ status: row.status, snoozedUntil: row.snoozedUntil, slaDueAt: row.sla.paused ? null : row.sla.dueAt }, now);
  switch (q.view) {
    case "mine":
      return assignee === userId && active && !snoozed;
    case "unassigned":
      return assignee === null && active && !snoozed;
    case "late":
      // As viewSql: the running SLA clock has run out.
      return !!row.sla.dueAt && !row.sla.paused && Date.parse(row.sla.dueAt) < now;
    case "escalated":
      return row.status === "ESCALATED";
    case "snoozed":
      return snoozed;
    default:
      return !snoozed;
  }
}

const byId = (a: LiveRow, b: LiveRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The inbox order, as the SQL ORDER BY: newest activity first; in the Late view, most overdue first. */
export function compareRows(a: LiveRow, b: LiveRow, view?: ListCasesQuery["view"]): number {
  if (view === "late") return (a.sla.dueAt ?? "~").localeCompare(b.sla.dueAt ?? "~") || byId(a, b);
  return b.lastMessageAt.localeCompare(a.lastMessageAt) || byId(b, a);
}
