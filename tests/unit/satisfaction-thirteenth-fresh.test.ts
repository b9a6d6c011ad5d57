// Ideas the thirteenth fresh check (tests/text-eval/fresh/satisfaction-f13.tsv: disputes a careless reader takes for
// a yes) found, in our own words (issue #18): never confirm giving up, a wish against the facts, a self-correction,
// something not in the box, or "why does it still…".
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: thirteenth fresh check's ideas", () => {
  it("never reads giving up or a wish against the facts as a confirmation", () => {
    expect(rules("c'est bon, on va se débrouiller autrement")).toBe("dissatisfied");
    expect(rules("fine, I'll manage, forget the replacement")).toBe("dissatisfied");
    expect(rules("it would be great if the parcel had actually come")).toBe("dissatisfied");
  });
  it("reads a self-correction, something missing from the box and 'why still' as not fixed", () => {
    expect(rules("yes it loads! oh wait, it just froze again")).not.toBe("satisfied");
    expect(rules("Parcel's here, but the remote wasn't in the box")).toBe("dissatisfied");
    expect(rules("Merci ! Mais pourquoi mon compte est toujours bloqué ?")).toBe("dissatisfied");
  });
  it("reads a bare 'bon.' as no answer", () => {
    expect(rules("bon.")).toBe("unclear");
  });
});
