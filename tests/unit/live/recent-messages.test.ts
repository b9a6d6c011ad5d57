// A part of a page that starts listening after its server render hears what the stream said since (issue:
// a case committed between a navigation's render and the new page's mount was never shown).
import { describe, expect, it } from "vitest";
import type { LiveMessage } from "@/lib/live/events";
import { RecentMessages } from "@/lib/live/recent-messages";

const change = (caseId: string, at: number): LiveMessage => ({
  type: "change", at, row: null,
  event: { id: at, action: "CASE_CREATED", workspaceId: "w", caseId, entityType: "case", entityId: caseId, actorUserId: null },
});

describe("RecentMessages", () => {
  it("replays, in order, only what came after the listener's render", () => {
    const r = new RecentMessages();
    r.add(100, change("a", 100));
    r.add(200, change("b", 200));
    r.add(300, { type: "resync" });
    r.add(400, change("c", 400));
    const ids = (ms: LiveMessage[]) => ms.map((m) => (m.type === "change" ? m.event.caseId : "resync"));
    expect(ids(r.after(150))).toEqual(["b", "resync", "c"]);
    expect(ids(r.after(400))).toEqual([]);
    expect(ids(r.after(0))).toEqual(["a", "b", "resync", "c"]);
  });

  it("asks for a resync when what came after the render was partly forgotten", () => {
    const r = new RecentMessages(3);
    for (let i = 1; i <= 5; i++) r.add(i * 100, change(`c${i}`, i * 100));
    // 100 and 200 were dropped: a render at 150 missed 200, which is gone.
    expect(r.after(150)).toEqual([{ type: "resync" }]);
    // A render at 250 missed only what is still kept.
    expect(r.after(250).map((m) => (m.type === "change" ? m.event.caseId : "resync"))).toEqual(["c3", "c4", "c5"]);
  });
});
