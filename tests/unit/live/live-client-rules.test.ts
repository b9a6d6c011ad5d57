// The browser-side rules of the live inbox: the throttle never starves, rows are matched against the page's
// filters like the SQL does, and a batch never moves rows while the agent is triaging.
import { afterEach, describe, expect, it, vi } from "vitest";
import { applyRows, revealPending } from "@/lib/live/apply-rows";
import type { LiveRow } from "@/lib/live/events";
import { compareRows, rowMatches } from "@/lib/live/row-matches";
import { throttleWithMaxWait } from "@/lib/live/throttle";

const row = (id: string, over: Partial<LiveRow> = {}): LiveRow => ({
  id, number: 1, status: "NEW", priority: "NORMAL", preview: id, tags: [], language: "fr",
  openedAt: "2026-11-30T10:00:00.000Z", lastMessageAt: "2026-11-30T10:00:00.000Z",
  firstResponseDueAt: null, firstRespondedAt: null, reopenCount: 0, snoozedUntil: null, incidentId: null, incidentTitle: null,
  channel: { id: "ch", name: "Page", platform: "FACEBOOK", kind: "FACEBOOK_PAGE" },
  author: { contactId: "ct", name: "A", handle: null, followerCount: null }, assignee: null, messageCount: 1, rating: null, postTitle: null,
  sla: { kind: null, dueAt: null, startAt: null, paused: false, answered: false }, signals: [], ...over,
});

afterEach(() => vi.useRealTimers());

describe("throttleWithMaxWait", () => {
  it("fires during a continuous stream of calls, at most maxWait after the first", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttleWithMaxWait(fn, { wait: 250, maxWait: 1_000 });
    // A call every 100 ms for 3 s: a pure 250 ms debounce would never fire.
    for (let i = 0; i < 30; i++) {
      t();
      vi.advanceTimersByTime(100);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(2);
    vi.advanceTimersByTime(300);
    const n = fn.mock.calls.length;
    vi.advanceTimersByTime(5_000);
    expect(fn).toHaveBeenCalledTimes(n); // quiet: nothing more
  });

  it("coalesces a burst into one call after the quiet period; flush runs at once", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttleWithMaxWait(fn, { wait: 250, maxWait: 1_000 });
    t(); t(); t();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(250);
    expect(fn).toHaveBeenCalledTimes(1);
    t();
    t.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    t.flush();
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

describe("rowMatches", () => {
  it("follows the inbox filters and saved views", () => {
    const mine = row("a", { assignee: { id: "me", name: "Me" }, status: "OPEN", tags: ["colis"] });
    expect(rowMatches(mine, {}, "me")).toBe(true);
    expect(rowMatches(mine, { view: "mine" }, "me")).toBe(true);
    expect(rowMatches(mine, { view: "unassigned" }, "me")).toBe(false);
    expect(rowMatches(mine, { status: ["NEW"] }, "me")).toBe(false);
    expect(rowMatches(mine, { tag: "colis", platform: "facebook" }, "me")).toBe(true);
    expect(rowMatches(mine, { platform: "x" }, "me")).toBe(false);
    expect(rowMatches(row("b", { status: "ESCALATED" }), { view: "escalated" }, "me")).toBe(true);
    const late = row("c", { sla: { kind: "first_response", dueAt: "2026-11-30T09:00:00.000Z", startAt: "2026-11-30T08:00:00.000Z", paused: false, answered: false } });
    expect(rowMatches(late, { view: "late" }, "me", Date.parse("2026-11-30T10:00:00Z"))).toBe(true);
    expect(rowMatches(late, { view: "late" }, "me", Date.parse("2026-11-30T08:00:00Z"))).toBe(false);
  });

  it("cannot judge full-text search or older pages on the client", () => {
    expect(rowMatches(row("a"), { q: "livraison" }, "me")).toBeNull();
  });
});

describe("applyRows", () => {
  const all = () => true;
  const older = row("old", { lastMessageAt: "2026-11-30T09:00:00.000Z" });
  const fresh = row("new", { lastMessageAt: "2026-11-30T11:00:00.000Z" });

  it("puts new cases on top when the agent is not triaging", () => {
    const r = applyRows({ rows: [older], pending: [] }, [fresh], false, all);
    expect(r.state.rows.map((x) => x.id)).toEqual(["new", "old"]);
    expect(r.added).toBe(1);
  });

  it("holds new cases behind the pill while triaging, updates shown rows in place, reveals on demand", () => {
    const other = row("other", { lastMessageAt: "2026-11-30T08:00:00.000Z" });
    const bumped = { ...other, lastMessageAt: "2026-11-30T12:00:00.000Z", preview: "bumped" };
    const r = applyRows({ rows: [older, other], pending: [] }, [fresh, bumped], true, all);
    expect(r.state.rows.map((x) => x.id)).toEqual(["old", "other"]); // nothing moved
    expect(r.state.rows[1]!.preview).toBe("bumped");
    expect(r.state.pending.map((x) => x.id)).toEqual(["new"]);
    expect(r.held).toBe(1);
    expect(revealPending(r.state, all).rows.map((x) => x.id)).toEqual(["other", "new", "old"]);
  });

  it("drops rows that stop matching, and asks the server when it cannot judge", () => {
    const r = applyRows({ rows: [older], pending: [] }, [{ ...older, status: "CLOSED" }], false, (x) => x.status !== "CLOSED");
    expect(r.state.rows).toEqual([]);
    expect(applyRows({ rows: [], pending: [] }, [fresh], false, () => null).needRefresh).toBe(true);
  });

  it("leaves to later pages an old case a background job touched, when the server has more pages", () => {
    // An old complaint linked to an incident: its row comes on the stream, but its place is below the last row.
    const ancient = row("ancient", { lastMessageAt: "2026-11-01T09:00:00.000Z", incidentId: "inc" });
    for (const hold of [true, false]) {
      const r = applyRows({ rows: [fresh, older], pending: [] }, [ancient], hold, all, compareRows, true);
      expect(r.state.rows.map((x) => x.id)).toEqual(["new", "old"]);
      expect(r.state.pending).toEqual([]);
      expect(r.added + r.held).toBe(0);
    }
    // The whole list is on screen: the case belongs at the bottom, so it is shown (or waits, while triaging).
    expect(applyRows({ rows: [fresh, older], pending: [] }, [ancient], false, all, compareRows, false).state.rows.map((x) => x.id))
      .toEqual(["new", "old", "ancient"]);
    expect(applyRows({ rows: [fresh, older], pending: [] }, [ancient], true, all, compareRows, true).held).toBe(0);
    // A case with new activity sorts above the last row: new, even with more pages.
    const bumped = row("bumped", { lastMessageAt: "2026-11-30T10:00:00.000Z" });
    expect(applyRows({ rows: [fresh, older], pending: [] }, [bumped], true, all, compareRows, true).held).toBe(1);
  });

  it("orders like the SQL: newest activity first", () => {
    expect([older, fresh].sort((a, b) => compareRows(a, b)).map((x) => x.id)).toEqual(["new", "old"]);
    // The Late view: most overdue first.
    const due = (id: string, dueAt: string) => row(id, { sla: { kind: "first_response", dueAt, startAt: null, paused: false, answered: false } });
    const late = [due("b", "2026-11-30T09:00:00.000Z"), due("a", "2026-11-30T08:00:00.000Z")];
    expect(late.sort((a, b) => compareRows(a, b, "late")).map((x) => x.id)).toEqual(["a", "b"]);
  });
});
