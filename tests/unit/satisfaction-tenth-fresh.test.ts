// Ideas the tenth fresh check (tests/text-eval/fresh/satisfaction-f10.tsv) found missing in the satisfaction reader,
// in our own words (issue #18).
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;
/** The reader as the product runs it: the rules and the learned second opinion together. */
const reader = (text: string) => readAnswer(text).answer.verdict;

describe("satisfaction answers: tenth fresh check's ideas", () => {
  it("reads being able to do it again and things back to normal as a fix", () => {
    expect(reader("yes, I was able to print my boarding pass this morning")).toBe("satisfied");
    expect(reader("oui, j'ai pu régler mes courses sans problème")).toBe("satisfied");
    expect(reader("c'est bon, la pression de l'eau est normale")).toBe("satisfied");
    expect(rules("oui, je peux de nouveau me connecter sans qu'on me redemande le code")).toBe("satisfied");
  });
  it("reads 'if I could' as no capability", () => {
    expect(rules("zero stars if I could")).not.toBe("satisfied");
  });
  it("reads rotten goods, 'still getting' an error, a room other than booked and a far-off speed as not fixed", () => {
    expect(rules("the replacement box came but the strawberries were mouldy")).toBe("dissatisfied");
    expect(rules("still getting the same login loop on my phone")).toBe("dissatisfied");
    expect(rules("they gave us a new room, but we paid for a balcony")).toBe("dissatisfied");
    expect(rules("c'est mieux mais on est loin des 500 Mb/s du contrat")).toBe("dissatisfied");
  });
});
