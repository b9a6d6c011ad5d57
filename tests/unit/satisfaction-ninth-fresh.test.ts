// Ideas the ninth fresh check (tests/text-eval/fresh/satisfaction-f9.tsv) found missing in the satisfaction reader,
// in our own words (issue #18). Rules only: the learned second opinion is tested in dispute-model.test.ts.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: ninth fresh check's ideas", () => {
  it("reads what was missing, now come or refunded, and 'nothing missing' as a fix", () => {
    expect(rules("the 3 missing vouchers are in my account now, thanks")).toBe("satisfied");
    expect(rules("reçu le câble manquant, tout fonctionne")).toBe("satisfied");
    expect(rules("got a refund for the missing dessert, all good")).toBe("satisfied");
    expect(rules("parcel came this morning, nothing missing")).toBe("satisfied");
  });
  it("reads damage said to be gone, a sync working again and contactless payment as fixed", () => {
    expect(rules("the damp patch has gone since the roofer came")).toBe("satisfied");
    expect(rules("my watch is syncing again, thanks")).toBe("satisfied");
    expect(rules("carte reçue, le paiement sans contact fonctionne")).toBe("satisfied");
  });
  it("reads a relapse told as disappearing again, and what the customer needs lost, as not fixed", () => {
    expect(rules("the wifi came back at noon and dropped again an hour later")).toBe("dissatisfied");
    expect(rules("la connexion est revenue puis a de nouveau disparu")).toBe("dissatisfied");
    expect(rules("the app opens now but all my saved recipes are gone")).toBe("dissatisfied");
  });
});
