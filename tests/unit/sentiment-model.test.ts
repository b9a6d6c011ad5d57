// The sentiment second opinion (lib/scoring/sentiment-model.ts, issue #18 §6): it speaks only where the rules read
// a neutral score, and then only when sure. Sentences are our own, not the corpora's.
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";
import { loadHalf } from "../text-eval/corpus";

describe("sentiment second opinion", () => {
  // Sentences far from the models' bars (p ≈ 0.87 against 0.6), so that a retraining does not flip them.
  it("reads a compliment the rules found no word for", () => {
    expect(scoreMessage("big up à l'équipe du drive", { model: false }).label).toBe("neutral");
    expect(scoreMessage("big up à l'équipe du drive").label).toBe("positive");
  });

  it("leaves plain questions neutral", () => {
    for (const q of ["Is the store open on Sunday?", "combien coûte la livraison en Belgique ?", "i ordered on monday, what's the delivery date?"]) {
      expect(scoreMessage(q).label, q).toBe("neutral");
    }
  });

  it("never changes a score the rules gave a side, over the whole development half", () => {
    for (const r of loadHalf("sentiment", "dev")) {
      const rules = scoreMessage(r.text, { model: false });
      if (rules.label !== "neutral") expect(scoreMessage(r.text).sentiment, r.text).toBe(rules.sentiment);
    }
  });
});
