// Ideas the fifth fresh file (tests/text-eval/fresh/satisfaction-f5.tsv) found read as "confirmed" when the
// customer says it is not fixed, in wordings of our own: a part of the items counted ("N things out of M"), a new
// charge after the fix, the saying negated ("I can't call it fixed"), the fix done to what was not the problem.
// Closing such a case is the failure of seed 001. The "still" cases pin that a plain confirmation still confirms.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

const kind = (text: string) => classifyAnswer(text).verdict;

describe("answers that say it is not fixed are never read as confirmed", () => {
  it("a part of what was owed, counted", () => {
    expect(kind("J'ai eu 3 colis sur 4 seulement")).toBe("dissatisfied");
    expect(kind("Only got 4 parcels out of 6")).toBe("dissatisfied");
  });
  it("a new charge or a new outage after the fix", () => {
    expect(kind("Encore une facture ce mois-ci alors que tout devait être arrêté")).toBe("dissatisfied");
    expect(kind("Another charge on my card this morning, after you said it was cancelled")).toBe("dissatisfied");
  });
  it("the customer will not call it fixed", () => {
    expect(kind("Honnêtement je ne dirais pas que c'est réglé")).toBe("dissatisfied");
    expect(kind("I wouldn't call that fixed, sorry")).toBe("dissatisfied");
  });
  it("the fix went to what was not the problem", () => {
    expect(kind("Vous avez changé la box mais ce n'était pas le problème")).toBe("dissatisfied");
    expect(kind("They replaced the charger, the charger was never the issue")).toBe("dissatisfied");
  });
  it("still confirmed: a plain yes, a counted rating, a fix named", () => {
    expect(kind("Oui c'est réglé, merci")).toBe("satisfied");
    expect(kind("4 sur 5, merci")).toBe("satisfied");
    expect(kind("All sorted now, thank you")).toBe("satisfied");
  });
});
