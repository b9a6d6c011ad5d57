// Ideas the fourteenth fresh check (tests/text-eval/fresh/satisfaction-f14.tsv, and the same ideas left over from
// satisfaction-f13.tsv) found, in our own words (issue #18): what the customer believed or expected is not the state
// now; a service had again or back is restored; no fee is no lack; an automatic reply the customer got from us is
// a complaint about it; a charge still on the bill is a dispute even beside a fix word.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: fourteenth fresh check's ideas", () => {
  it("reads a belief or an expectation as context, and what follows it as the answer", () => {
    expect(rules("je croyais que la carte était bloquée mais en fait c'est bon")).toBe("satisfied");
    expect(rules("on s'attendait au pire et tout est rentré dans l'ordre")).toBe("satisfied");
    expect(rules("I thought the order was lost, then it turned up at the neighbour's. all fine")).toBe("satisfied");
    // A belief that it was fixed confirms nothing; what follows it still decides.
    expect(rules("je pensais que c'était réparé mais ça recommence")).toBe("dissatisfied");
    expect(rules("we thought it was sorted")).not.toBe("satisfied");
  });
  it("reads a service had again, back, or working fine again as restored", () => {
    expect(rules("on a de nouveau internet depuis hier soir")).toBe("satisfied");
    expect(rules("the wifi's back, cheers")).toBe("satisfied");
    expect(rules("ma carte passe bien à nouveau, super")).toBe("satisfied");
    expect(rules("I'm back in my account, thank you")).toBe("satisfied");
    // ...but not a lack had again, nor the trouble again.
    expect(rules("on n'a de nouveau plus de réseau")).not.toBe("satisfied");
    expect(rules("same error again this morning")).toBe("dissatisfied");
  });
  it("reads 'no fee' as a benefit and a right amount as fixed", () => {
    expect(rules("échange fait gratuitement et sans frais de port, merci")).toBe("satisfied");
    expect(rules("the total is correct now, thanks")).toBe("satisfied");
  });
  it("never confirms a charge still on the bill, even beside a fix word", () => {
    expect(rules("the corrected statement still has the overdraft charges on it")).toBe("dissatisfied");
  });
  it("reads an automatic reply the customer got as their complaint, not as one", () => {
    expect(rules("je n'ai eu qu'un message automatique, donc toujours pas réglé")).toBe("dissatisfied");
    expect(rules("Réponse automatique : je suis absent jusqu'au 12")).toBe("unclear");
  });
  it("reads thanks for the follow-up alone as no answer", () => {
    expect(rules("merci de prendre de mes nouvelles")).toBe("unclear");
    expect(rules("sympa de prendre des nouvelles, merci")).toBe("unclear");
    expect(rules("thanks for checking in, all fixed on my side")).toBe("satisfied");
  });
  // (From the customers' messages of guards-f13: a service still off, a screen that still shows an error.)
  it("reads a service still off and an error a screen still shows, quoted, as not fixed", () => {
    expect(rules("the heating is still off in the flat")).toBe("dissatisfied");
    expect(rules("la box affiche encore « pas de signal »")).toBe("dissatisfied");
    expect(rules("still working fine, thanks")).not.toBe("dissatisfied");
  });
  it("reads 'nn' as no and 'unusable' as discontent", () => {
    expect(rules("nn toujours rien")).toBe("dissatisfied");
    expect(rules("it connects, but the app is unusable")).toBe("dissatisfied");
  });
});
