// Ideas the fifteenth fresh check (tests/text-eval/fresh/satisfaction-f15.tsv) found, in our own words (issue #18):
// the two disputes it read as confirmed (a line "still dead" after a yes; a detail wrong again), our message said
// to be received, texted "g" for "j'ai", an error code said to be gone, and a modest frame before a verdict.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";
import { tokenize } from "@/lib/text/tokenize";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: fifteenth fresh check's ideas", () => {
  it("never confirms a yes beside something still dead or a detail wrong again", () => {
    expect(rules("la fibre c'est bon mais le fixe reste mort")).toBe("dissatisfied");
    expect(rules("got the replacement card, my surname is misspelt again")).toBe("dissatisfied");
    expect(rules("la nouvelle facture est encore erronée")).toBe("dissatisfied");
  });
  it("reads our message said to be received as an acknowledgement, not a yes", () => {
    expect(rules("yes I received your email")).toBe("unclear");
    expect(rules("oui j'ai bien vu votre mail")).toBe("unclear");
    expect(rules("yes I read your reply, and the app works now")).toBe("satisfied");
  });
  it("reads texted 'g' as 'j'ai' before a participle or a negation, and a letter elsewhere", () => {
    expect(tokenize("g pas reçu").map((t) => t.word)).toEqual(["j'", "ai", "pas", "recu"]);
    expect(tokenize("vitamine g").map((t) => t.word)).toEqual(["vitamine", "g"]);
    expect(rules("g reçu le remboursement merci")).toBe("satisfied");
  });
  it("reads an error code said to be gone as the fix, and one still there as not", () => {
    expect(rules("no more error 502 at login, thanks")).toBe("satisfied");
    expect(rules("toujours l'erreur 500 au paiement")).toBe("dissatisfied");
  });
  it("reads the verdict after a modest frame ('je pense qu'on peut dire que', 'I'd say')", () => {
    expect(rules("je crois qu'on peut dire que c'est réglé, merci")).toBe("satisfied");
    expect(rules("fair to say it's still not working")).toBe("dissatisfied");
  });
});
