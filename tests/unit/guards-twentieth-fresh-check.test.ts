// Ideas the twentieth fresh file (tests/text-eval/fresh/guards-f20.tsv: car rental and garages, hotels, gyms, games,
// furniture, opticians and pharmacies, landlords) found, in wordings of our own (issue #19), with the rules alone.
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";

const findings = (text: string) => checkTone(text, { model: false }).map((f) => `${f.category}/${f.severity}`);

describe("guards: twentieth fresh check's ideas", () => {
  it("hears what a group the customer belongs to 'is asked / expected' to do as blame", () => {
    expect(findings("Bonjour, les voyageurs sont priés de vérifier l'horaire la veille du départ.")).toContain("blame/warning");
    expect(findings("Residents are reminded to bleed their radiators before calling out an engineer.")).toContain("blame/warning");
    expect(findings("Our residents' team will bleed the radiators tomorrow morning and call you when it's done.")).toEqual([]);
  });
  it("hears an account, line or membership put at stake by 'may result in' as a threat", () => {
    expect(findings("Repeated posts of this kind may result in the suspension of your loyalty card.")).toContain("threat/warning");
    expect(findings("Bonjour, ce type de publication pourrait conduire à la clôture de votre espace client.")).toContain("threat/warning");
    expect(findings("The update may result in a short outage tonight; we'll message you when it's back.")).toEqual([]);
  });
});
