// Ideas the fifth fresh sentiment file (tests/text-eval/fresh/sentiment-f5.tsv) found missing, in our own words
// (issue #18): praise worded as a mock complaint or in slang, litotes with "once", rhetorical "is anyone there".
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const sign = (text: string) => Math.sign(scoreMessage(text).sentiment);

describe("sentiment: fifth fresh check's ideas", () => {
  it("reads praise said as a complaint or in slang as praise", () => {
    expect(sign("honestly I hate how good your croissants are")).toBe(1);
    expect(sign("the starter was slow to come but the dessert more than made up for it")).toBe(1);
    expect(sign("the nurses couldn't do enough for my dad, thank you")).toBe(1);
    expect(sign("je vais plus nulle part ailleurs pour mes lunettes")).toBe(1);
    expect(sign("in 4 years of ordering I've never once had a problem")).toBe(1);
  });
  it("reads 'is there anyone working there' and 'mid' as complaints", () => {
    expect(sign("is there a single human at this bank who reads emails?")).toBe(-1);
    expect(sign("c'est si dur que ça de répondre à un message ?")).toBe(-1);
    expect(sign("the new menu is so mid")).toBe(-1);
  });
});
