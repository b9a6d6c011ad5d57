// Ideas the eleventh fresh check (tests/text-eval/fresh/satisfaction-f11.tsv) found missing in the satisfaction
// reader, in our own words (issue #18).
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: eleventh fresh check's ideas", () => {
  it("reads 'nothing more to report' and 'can't complain' as a confirmation", () => {
    expect(rules("on n'a plus rien à signaler depuis la visite du technicien")).toBe("satisfied");
    expect(rules("couldn't complain, the line has been fine")).toBe("satisfied");
    expect(rules("no complaints here, all three parcels came")).toBe("satisfied");
  });
  it("reads an error message or screen that is gone as the problem gone", () => {
    expect(rules("plus aucun écran d'erreur au démarrage")).toBe("satisfied");
    expect(rules("no error message when I pay now")).toBe("satisfied");
    expect(rules("toujours le même message d'erreur")).toBe("dissatisfied");
  });
  it("reads a fix the brand made after a bad first contact as a confirmation, but not a problem still there", () => {
    expect(rules("your chat agent last week was no help but you sorted it, cheers")).toBe("satisfied");
    expect(rules("la première conseillère était désagréable mais vous avez réparé la box, merci")).toBe("satisfied");
    expect(rules("you fixed the app but I'm still charged twice")).toBe("dissatisfied");
    expect(rules("still charged twice but you fixed the app")).not.toBe("satisfied");
  });
  it("reads a persisting error code, something else broken too and something left to do as not fixed", () => {
    expect(rules("still F21 on the boiler screen")).toBe("dissatisfied");
    expect(rules("toujours E 12 sur l'afficheur")).toBe("dissatisfied");
    expect(rules("The new one came. Also cracked, same place.")).toBe("dissatisfied");
    expect(rules("nearly there, the second invoice still has to be cancelled")).not.toBe("satisfied");
    expect(rules("presque, il reste encore le prélèvement de mars à rembourser")).toBe("dissatisfied");
  });
});
