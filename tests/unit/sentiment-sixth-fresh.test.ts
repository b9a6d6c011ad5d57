// Ideas the sixth fresh sentiment file (tests/text-eval/fresh/sentiment-f6.tsv) found missing, in our own words
// (issue #18): online verdicts, mock complaints of indulgence, "love that for us" as irony.
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const label = (text: string) => scoreMessage(text, { model: false }).label;

describe("sentiment: sixth fresh check's ideas", () => {
  it("reads the online verdicts W and L, and not a size or a unit", () => {
    expect(label("massive W from the support team today")).toBe("positive");
    expect(label("that new checkout is an L tbh")).toBe("negative");
    expect(label("vous l'avez en taille L ?")).toBe("neutral");
    expect(label("is the 2000 W model in stock?")).toBe("neutral");
  });
  it("reads indulgence said as a complaint as praise", () => {
    expect(label("your brownies are ruining my diet")).toBe("positive");
    expect(label("vos macarons, c'est fini pour mon régime")).toBe("positive");
    expect(label("pricey, but you get what you pay for")).toBe("positive");
  });
  it("reads 'love that for us' and 'anyone actually employed' as complaints", () => {
    expect(label("fares up again and the same broken trains. love that for us")).toBe("negative");
    expect(label("is anyone actually employed to answer these?")).toBe("negative");
  });
});
