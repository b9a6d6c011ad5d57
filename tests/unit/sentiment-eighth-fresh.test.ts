// Ideas the eighth fresh sentiment file (tests/text-eval/fresh/sentiment-f8.tsv) found missing, in our own words
// (issue #18): a bad day made good by the company is praise; loyalty thanked in irony is a complaint.
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const label = (text: string) => scoreMessage(text, { model: false }).label;

describe("sentiment: eighth fresh check's ideas", () => {
  it("reads a rescue after a misfortune as praise", () => {
    expect(label("My van broke down on the bypass at midnight and your patrol was there in 20 minutes. Absolute heroes.")).toBe("positive");
    expect(label("Panne sur la rocade, la dépanneuse est arrivée en 15 minutes et nous a mis en sécurité. Un grand merci.")).toBe("positive");
  });
  it("reads loyalty thanked in irony as a complaint", () => {
    expect(label("Fidèle depuis 8 ans et les nouveaux abonnés paient moins. Merci pour la fidélité.")).toBe("negative");
  });
});
