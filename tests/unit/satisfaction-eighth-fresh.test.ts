// Ideas the eighth fresh check (tests/text-eval/fresh/satisfaction-f8.tsv) found missing in the satisfaction
// reader, in our own words (issue #18).
import { describe, expect, it } from "vitest";
import { readAnswer } from "@/lib/resolution/classify-answer";

const rules = (text: string) => readAnswer(text, { model: false }).answer.verdict;

describe("satisfaction answers: eighth fresh check's ideas", () => {
  it("reads a count of what came, a state that did not change and a half fix as not fixed", () => {
    expect(rules("il n'y a que 3 colis qui sont arrivés sur les 5")).toBe("dissatisfied");
    expect(rules("the app still shows my old plan")).toBe("dissatisfied");
    expect(rules("mon dossier est toujours en attente sur le site")).toBe("dissatisfied");
    expect(rules("It runs again, but nowhere near the speed we pay for")).toBe("dissatisfied");
    expect(rules("'Fixed' is a strong word, it reboots when it feels like it")).toBe("dissatisfied");
    expect(rules("forget it, I signed up with another gym")).toBe("dissatisfied");
  });
  it("reads no charge now as the charge stopped, and a grumble about the agents as context", () => {
    expect(rules("compte suspendu comme demandé, pas de prélèvement ce mois-ci")).toBe("satisfied");
    expect(rules("plan paused, nothing taken this month, cheers")).toBe("satisfied");
    expect(rules("It works now, although the agents before you were no help at all")).toBe("satisfied");
  });
  it("lets the learned model read a yes among words the rules do not know", () => {
    // A sentence far below the model's bar (p ≈ 0.1 against 0.25), so that a retraining does not flip it.
    const text = "yes the tickets are in my wallet app now";
    const off = readAnswer(text, { model: false });
    expect(off.answer.verdict).toBe("unclear");
    expect(off.reading.doubt.every((d) => d.startsWith("unknown"))).toBe(true);
    expect(readAnswer(text).answer.verdict).toBe("satisfied");
    // Never a dispute: a yes with a complaint stays out of its reach.
    expect(readAnswer("yes, the tickets still fail at the gate").answer.verdict).not.toBe("satisfied");
  });
});
