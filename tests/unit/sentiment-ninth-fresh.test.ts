// Ideas the ninth fresh sentiment file (tests/text-eval/fresh/sentiment-f9.tsv) found missing, in our own words
// (issue #18): fraud the company stopped is a rescue, a class is a lesson, a bill that went down is good news.
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const label = (text: string) => scoreMessage(text, { model: false }).label;

describe("sentiment: ninth fresh check's ideas", () => {
  it("reads fraud the company stopped, the quickest refund and a lower bill as good news", () => {
    expect(label("your team blocked the fraudulent payment before I even noticed, thank you")).toBe("positive");
    expect(label("fastest refund I've ever had from an online shop")).toBe("positive");
    expect(label("moved my plan to you and my direct debit went down by £9")).toBe("positive");
  });
  it("reads a question about a class as a question", () => {
    expect(label("is there a pilates class on saturday mornings?")).toBe("neutral");
  });
});
