// Ideas the twelfth fresh check (tests/text-eval/fresh/satisfaction-f12.tsv) found missing in the satisfaction
// reader, in our own words (issue #18): a cost the problem left, a warning light as the fault, what a refund was for.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: twelfth fresh check's ideas", () => {
  it("reads a fine or a fee the problem left as not fixed, unless it was taken away", () => {
    expect(rules("the badge opens the gate now, but I paid a €40 penalty on Monday because of it")).toBe("dissatisfied");
    expect(rules("le virement est arrivé, par contre la banque m'a facturé des agios entre-temps")).toBe("dissatisfied");
    expect(rules("yes and the late fee was waived too, thanks")).toBe("satisfied");
  });
  it("reads a warning light gone, nothing gone wrong and 'no issue to report' as a confirmation", () => {
    expect(rules("le voyant orange de la chaudière ne s'allume plus")).not.toBe("dissatisfied");
    expect(rules("nothing has gone wrong since Tuesday")).toBe("satisfied");
    expect(rules("pas de souci à signaler depuis lundi")).toBe("satisfied");
  });
  it("reads what a refund was for as its reason, and a question about usual delays as a question", () => {
    expect(rules("yes, I got the £6 for the missing side")).toBe("satisfied");
    expect(rules("how long does a bank transfer normally take?")).toBe("unclear");
  });
});
