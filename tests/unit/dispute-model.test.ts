// The satisfaction reader's learned second opinion (lib/resolution/dispute-model.ts, issue #18): it may hold a
// confirmation back, never turn an answer into a confirmation or a dispute. Sentences are our own, not the corpora's.
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";
import { notConfirmedProbability } from "@/lib/resolution/dispute-model";
import { loadHalf } from "../text-eval/corpus";

describe("dispute model", () => {
  it("holds back answers the rules would close on although something may still be wrong", () => {
    // (The two sentences this test read first, "the engineer came and left, the boiler's still making that noise",
    // are now read as disputes by the rules themselves: a visit is not the fix, "still" says the state persists.)
    for (const text of ["the engineer came and left, the boiler's still making that noise", "the technician came, the heater still makes that clicking noise"]) {
      expect(readAnswer(text, { model: false }).answer.verdict, text).toBe("dissatisfied");
      expect(readAnswer(text).answer.verdict, text).toBe("dissatisfied");
    }
    for (const text of ["the engineer fixed it, same as last week", "the parcel came, same as last week"]) {
      expect(readAnswer(text, { model: false }).answer.verdict, text).toBe("satisfied");
      const { answer, reading } = readAnswer(text);
      expect(answer.verdict, text).toBe("unclear");
      expect(reading.doubt.join(" "), text).toMatch(/learned model/);
    }
  });

  it("leaves plain confirmations alone", () => {
    for (const text of ["c'est réparé depuis hier soir, nickel", "all good now, cheers", "Parfait, j'ai bien eu le virement", "works like a charm since the update"]) {
      expect(notConfirmedProbability(text), text).toBeLessThan(0.5);
      expect(readAnswer(text).answer.verdict, text).toBe("satisfied");
    }
  });

  it("only ever turns a confirmation into unclear, over the whole development half", () => {
    let held = 0;
    for (const r of loadHalf("satisfaction", "dev")) {
      const off = readAnswer(r.text, { model: false }).answer.verdict;
      const on = readAnswer(r.text).answer.verdict;
      if (on !== off) {
        expect([off, on], r.text).toEqual(["satisfied", "unclear"]);
        held++;
      }
    }
    expect(held).toBeLessThan(10);
  });
});
