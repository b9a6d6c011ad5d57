// Ideas the seventh fresh sentiment file (tests/text-eval/fresh/sentiment-f7.tsv) found missing, in our own words
// (issue #18): praise in 2026's words and in understatement, and words with another sense ("drop", "fraud team").
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const label = (text: string) => scoreMessage(text, { model: false }).label;

describe("sentiment: seventh fresh check's ideas", () => {
  it("reads praise said as 'no notes', 'fair play', 'elite', 'de ouf', 'sans prise de tête'", () => {
    expect(label("new trainers arrived next day, fit perfect. no notes")).toBe("positive");
    expect(label("refund sorted over the phone in five minutes, fair play")).toBe("positive");
    expect(label("the new app update is elite")).toBe("positive");
    expect(label("location de vélo sans prise de tête, merci")).toBe("positive");
  });
  it("reads a product drop and the fraud team as what they are", () => {
    expect(label("the spring drop is gorgeous")).toBe("positive");
    // "Fraud" here names a team, not an accusation: no longer read as an insult.
    expect(label("your fraud team rang me straight away about a dodgy payment, thank you")).not.toBe("negative");
  });
  it("reads 'not a single dropped call' as praise", () => {
    expect(label("two years on this plan and not a single dropped call")).toBe("positive");
  });
});
