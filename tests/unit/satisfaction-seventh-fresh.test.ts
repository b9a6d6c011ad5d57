// Ideas the seventh fresh check (tests/text-eval/fresh/satisfaction-f7.tsv) found missing in the satisfaction
// reader, in our own words (issue #18). Rules only: the learned second opinion is tested in dispute-model.test.ts.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const verdict = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: seventh fresh check's ideas", () => {
  it("reads a part with the thing named in between as a part", () => {
    expect(verdict("j'ai eu un seul remboursement sur les deux")).toBe("dissatisfied");
    expect(verdict("only one box out of the three turned up")).toBe("dissatisfied");
    expect(verdict("le wifi marche par intermittence")).toBe("dissatisfied");
  });
  it("reads going elsewhere as no fix", () => {
    expect(verdict("j'ai résilié, je suis chez un concurrent maintenant")).toBe("dissatisfied");
    expect(verdict("forget it, I switched to a rival bank")).toBe("dissatisfied");
  });
  it("reads something missing, a damaged delivery, the wrong fit and a new fault", () => {
    expect(verdict("went to collect it, the shop has no record of my order")).toBe("dissatisfied");
    expect(verdict("le canapé est arrivé avec un accoudoir tordu")).toBe("dissatisfied");
    expect(verdict("la veste échangée est encore trop grande")).toBe("dissatisfied");
    expect(verdict("the login works, now the printer won't connect")).toBe("dissatisfied");
    expect(verdict("I adore paying for a line that has no signal")).toBe("dissatisfied");
  });
  it("keeps a confirmation when the grumble is about how we handled it", () => {
    expect(verdict("yes sorted, though your call centre kept me on hold for an hour")).toBe("satisfied");
    expect(verdict("c'est réglé, mais votre hotline est injoignable")).toBe("satisfied");
    expect(verdict("now it doesn't freeze any more, thanks")).toBe("satisfied");
  });
});
