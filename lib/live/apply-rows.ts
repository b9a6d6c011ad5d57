// How a batch of live rows changes the list on screen. While the agent is triaging (`hold`), nothing moves:
// rows already shown are updated in place, new cases wait in `pending` behind the "N new" pill, and
// `reveal` merges them when the agent asks. Pure, so the rules are tested without a browser.
import type { LiveRow } from "./events";
import { compareRows } from "./row-matches";

export interface RowsState {
  rows: LiveRow[];
  pending: LiveRow[];
}

export interface BatchResult {
  state: RowsState;
  /** New cases put on screen now. */
  added: number;
  /** New cases waiting behind the pill. */
  held: number;
  /** Some row could not be judged on the client: the page must ask the server. */
  needRefresh: boolean;
}

/** `matches` is rowMatches bound to the page's query: true, false, or null for "cannot tell". */
export type RowOrder = (a: LiveRow, b: LiveRow) => number;

/** `more`: the server has later pages. A case not on screen whose place is below the last row shown then
 * belongs to a later page (an old case that a background job touched, e.g. linked to an incident): it is not
 * a new case, so it neither appears nor waits behind the pill. */
export function applyRows(state: RowsState, incoming: LiveRow[], hold: boolean, matches: (r: LiveRow) => boolean | null,
  order: RowOrder = compareRows, more = false): BatchResult {
  const rows = [...state.rows];
  const last = more ? rows.reduce<LiveRow | null>((a, r) => (!a || order(r, a) > 0 ? r : a), null) : null;
  let pending = [...state.pending];
  let added = 0;
  let held = 0;
  let needRefresh = false;
  for (const r of incoming) {
    const m = matches(r);
    if (m === null) {
      needRefresh = true;
      continue;
    }
    const i = rows.findIndex((x) => x.id === r.id);
    if (i >= 0) {
      // A row that stops matching leaves at once, unless that would move the ground under the agent.
      if (m || hold) rows[i] = r;
      else rows.splice(i, 1);
      continue;
    }
    const p = pending.findIndex((x) => x.id === r.id);
    if (p < 0 && last && order(r, last) > 0) continue;
    if (p >= 0) {
      if (m) pending[p] = r;
      else pending.splice(p, 1);
    } else if (m && hold) {
      pending.push(r);
      held++;
    } else if (m) {
      rows.push(r);
      added++;
    }
  }
  if (!hold) {
    rows.sort(order);
    if (pending.length) {
      // Not triaging any more: whatever waited is shown with this batch.
      added += pending.length;
      rows.push(...pending);
      rows.sort(order);
      pending = [];
    }
  }
  return { state: { rows, pending }, added, held, needRefresh };
}

/** The agent clicked the pill (or pressed its key): show what waited, in inbox order. */
export function revealPending(state: RowsState, matches: (r: LiveRow) => boolean | null, order: RowOrder = compareRows): RowsState {
  const rows = [...state.rows, ...state.pending].filter((r) => matches(r) !== false).sort(order);
  return { rows, pending: [] };
}
