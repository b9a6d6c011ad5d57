// Ideas from the fresh file satisfaction-f20 (issue #18: telecom, energy, banks and insurers, transport passes),
// in words of our own.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";
import { negationScope } from "@/lib/text/negation";
import { tokenize } from "@/lib/text/tokenize";

const verdict = (text: string) => classifyAnswer(text).verdict;

describe("satisfaction answers: twentieth fresh file", () => {
  it("hears 'non' before a completion as its negation, not as an answer", () => {
    expect(verdict("Toujours deux factures ce mois-ci. Dossier non résolu.")).toBe("dissatisfied");
    expect(verdict("colis non reçu à ce jour")).toBe("dissatisfied");
    const scoped = negationScope(tokenize("non remboursé, non plus"));
    expect(scoped.map((s) => s.negated)).toEqual([true, true, false, false]);
  });
  it("does not take a setting switched for leaving", () => {
    expect(verdict("I switched it off and on as you said, all working now")).not.toBe("dissatisfied");
    expect(verdict("Switched to another broadband provider last week.")).toBe("dissatisfied");
  });
  it("hears 'that's what I asked for' as got, 'not what I asked for' as a dispute", () => {
    expect(verdict("Voucher received, that's exactly what I asked for.")).not.toBe("dissatisfied");
    expect(verdict("a voucher is not what I asked for, I want my money back")).toBe("dissatisfied");
  });
  it("hears none of what was unwanted as the fix, and keeping one's old thing as no wrong target", () => {
    expect(verdict("Since the block went on we've had no cold calls at all, thank you.")).not.toBe("dissatisfied");
    expect(verdict("I have had no dial tone since Monday")).toBe("dissatisfied");
    expect(verdict("Number moved across and I kept my old number, great")).not.toBe("dissatisfied");
    expect(verdict("They posted the card to my old address")).toBe("dissatisfied");
  });
});
