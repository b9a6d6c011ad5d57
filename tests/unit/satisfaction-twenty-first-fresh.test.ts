// Ideas from the fresh file satisfaction-f21 (issue #18: car rental and garages, hotels, gyms, games, furniture,
// opticians and pharmacies, landlords), in words of our own.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

const verdict = (text: string) => classifyAnswer(text).verdict;

describe("satisfaction answers: twenty-first fresh file", () => {
  it("hears 'still' as the state persisting, whatever the words for it, but not 'not yet', a condition or still working", () => {
    expect(verdict("The hob still clicks every few seconds after the visit")).toBe("dissatisfied");
    expect(verdict("Le portail s'ouvre toujours tout seul la nuit")).toBe("dissatisfied");
    expect(verdict("pas encore essayé la nouvelle télécommande")).toBe("unclear");
    expect(verdict("si ça tient encore demain je vous dis oui")).not.toBe("dissatisfied");
    expect(verdict("Tested it three times, still working perfectly")).not.toBe("dissatisfied");
    expect(verdict("the mower is still at the repair workshop")).not.toBe("dissatisfied");
  });
  it("hears a question ending in 'ou pas' / 'or not' as a question back, not a negation", () => {
    expect(verdict("Je dois rappeler le garage ou pas ?")).toBe("unclear");
    expect(verdict("Should I keep the old charger or not?")).toBe("unclear");
  });
  it("hears 'alors que' / 'whereas' as what was done against what should have been", () => {
    expect(verdict("On m'a livré du 42 alors que j'avais pris du 44")).toBe("dissatisfied");
    expect(verdict("Billed 60 whereas the quote said 45")).toBe("dissatisfied");
  });
  it("hears only part of the money received as partial", () => {
    expect(verdict("Cheers, though I've only been credited 20 of it so far")).toBe("dissatisfied");
    expect(verdict("Merci, mais j'ai touché que la moitié")).toBe("dissatisfied");
  });
  it("knows scratches, leaks and pests: negated they are the fix, said they are the fault", () => {
    expect(verdict("Nouvelle table reçue, pas une seule griffure")).toBe("satisfied");
    expect(verdict("The replacement door came scratched along the edge")).toBe("dissatisfied");
    expect(verdict("Not one cockroach in the kitchen since the second visit")).toBe("satisfied");
    expect(verdict("The tap is dripping again under the sink")).toBe("dissatisfied");
  });
});
