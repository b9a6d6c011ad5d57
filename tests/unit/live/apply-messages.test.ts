// The case page's thread in the browser: stream messages merge into the server's render by id, in thread
// order, and a stale copy (a server render that started before a change) never wins over a later one.
import { describe, expect, it } from "vitest";
import { mergeMessages } from "@/lib/live/apply-messages";
import { reviveThreadMessage, type ThreadMessage, type ThreadMessageJson } from "@/lib/cases/thread-message";

const msg = (id: string, at: string, over: Partial<ThreadMessage> = {}): ThreadMessage => ({
  id, caseId: "c1", parentId: null, direction: "INBOUND", visibility: "PUBLIC", kind: "COMMENT", body: id,
  platformCreatedAt: new Date(at), createdAt: new Date(at), permalink: null, deliveryStatus: "RECEIVED", deliveryError: null, staff: false, rating: null, held: null,
  authorIdentity: { name: "Client" }, authorUser: null, events: [], attempts: [], ...over,
});
const attempt = (n: number, outcome: "SENT" | "PERMANENT_ERROR" | "RETRYABLE_ERROR") =>
  ({ id: `a${n}`, attempt: n, outcome, errorMessage: null, retryAt: null, createdAt: new Date("2026-11-30T10:05:00Z") });

describe("mergeMessages", () => {
  it("inserts a new message in thread order and leaves the list alone when nothing changes", () => {
    const list = [msg("m1", "2026-11-30T10:00:00Z"), msg("m3", "2026-11-30T10:02:00Z")];
    const late = msg("m2", "2026-11-30T10:01:00Z");
    expect(mergeMessages(list, [late]).map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
    expect(mergeMessages(list, [list[0]!], true)).toBe(list);
  });

  it("takes our reply's delivery result from the stream, and keeps it over a stale server render", () => {
    const queued = msg("r1", "2026-11-30T10:03:00Z", { direction: "OUTBOUND", deliveryStatus: "QUEUED", authorIdentity: null, authorUser: { name: "Agent" } });
    const sent = { ...queued, deliveryStatus: "SENT" as const, attempts: [attempt(1, "SENT")] };
    const live = mergeMessages([queued], [sent]);
    expect(live[0]!.deliveryStatus).toBe("SENT");
    // A server render that still says QUEUED arrives after: the live copy stays (preferList = the server's list).
    expect(mergeMessages([queued], live, true)[0]!.deliveryStatus).toBe("SENT");
    // An older copy from the stream does not undo a newer one either.
    expect(mergeMessages(live, [queued])[0]!.deliveryStatus).toBe("SENT");
  });

  it("keeps messages the stream added that a server render does not know yet (nothing is ever deleted)", () => {
    const server = [msg("m1", "2026-11-30T10:00:00Z")];
    const live = [...server, msg("m2", "2026-11-30T10:01:00Z")];
    expect(mergeMessages(server, live, true).map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  it("shows a hide or a removal: the platform events only grow", () => {
    const m = msg("m1", "2026-11-30T10:00:00Z");
    const hidden = { ...m, events: [{ id: "e1", kind: "HIDDEN" as const, newText: null, newRating: null, platformTime: new Date("2026-11-30T10:04:00Z") }] };
    expect(mergeMessages([m], [hidden])[0]!.events.map((e) => e.kind)).toEqual(["HIDDEN"]);
  });

  it("revives the stream's JSON into dates", () => {
    const m = msg("m1", "2026-11-30T10:00:00Z", { attempts: [attempt(1, "RETRYABLE_ERROR")] });
    const json = JSON.parse(JSON.stringify(m)) as ThreadMessageJson;
    expect(reviveThreadMessage(json)).toEqual(m);
  });
});
