// The satisfaction reader's learned second opinion may read, as a whole, an answer the rules left open with a yes
// or a fix said beside words they do not weigh: a third person, a future, a question about something else (issue
// #18). Hedges, reservations and reported speech keep the rules' doubt. Sentences are our own, not the corpora's.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

describe("the learned model reads answers the rules left open", () => {
  it("confirms a fix said beside a third person or another request", () => {
    for (const text of ["it works now, my son can finally play online", "tout est rentré dans l'ordre, mon mari est ravi", "all sorted now, thanks. could you send me the invoice by email too?"]) {
      expect(readAnswer(text, { model: false }).answer.verdict, text).toBe("unclear");
      expect(readAnswer(text).answer.verdict, text).toBe("satisfied");
    }
  });

  it("never confirms a hedge or a fix only reported", () => {
    for (const text of ["on m'a dit au téléphone que c'était réglé", "ça a l'air de marcher, je verrai demain", "c'est réglé paraît-il, on verra demain", "it should be fixed tomorrow they said"]) {
      expect(readAnswer(text).answer.verdict, text).toBe("unclear");
    }
  });

  it("does not take what the fix allows for a fix still to come", () => {
    for (const text of ["everything's working now, I'll be able to pay my rent tomorrow", "works again, my husband will be pleased when he gets home"]) {
      expect(readAnswer(text).answer.verdict, text).not.toBe("dissatisfied");
    }
  });
});
