// A staff coaching notice (issue #25) stores the guards' findings as codes ("tone:comparison, promise"); the
// notification reads them in the reader's words, never as codes.
import { describe, expect, it } from "vitest";
import { notificationText } from "@/lib/notifications/notification-text";

const coaching = (findings: string) => ({ kind: "STAFF_COACHING", data: { name: "Zoé", number: 82, findings } });

describe("staff coaching findings", () => {
  it("names each kind of finding once, in English and French", () => {
    const en = notificationText(coaching("tone:comparison, tone:blame, personal-data:phone, promise"), "en");
    expect(en).toContain("a tone to review, personal data in public, a promise the team does not know about");
    const fr = notificationText(coaching("tone:comparison, promise"), "fr");
    expect(fr).toContain("un ton à revoir, une promesse que l'équipe ignore");
    expect(fr).not.toMatch(/tone:|promise/);
  });
  it("says so when there is nothing", () => {
    expect(notificationText(coaching("-"), "fr")).toContain("rien de particulier");
  });
});
