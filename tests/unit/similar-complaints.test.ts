// How alike two complaints are, for suggested replies (issue #24 §3): the same problem told in other words is
// closer than another problem told with the same everyday words, and words every complaint uses weigh little.
import { describe, expect, it } from "vitest";
import { complaintTerms } from "@/lib/replies/similar-complaints";
import { similarity, termWeights } from "@/lib/text/weighted-terms";

const docs = {
  parcel: complaintTerms("Mon colis n'est jamais arrivé, ça fait deux semaines", "fr"),
  parcel2: complaintTerms("Toujours pas reçu ma commande, le suivi ne bouge plus", "fr"),
  promo: complaintTerms("Votre code promo ne marche pas, toujours refusé", "fr"),
  loyalty: complaintTerms("Mes points de fidélité ont disparu depuis deux semaines", "fr"),
};
const weights = termWeights(Object.values(docs));
const sim = (a: keyof typeof docs, b: keyof typeof docs) => similarity(docs[a], docs[b], weights, Math.log(5));

describe("similar complaints", () => {
  it("reads the problem, its concepts and its content words", () => {
    expect([...docs.parcel].some((t) => t.startsWith("c:"))).toBe(true);
    expect(docs.parcel.has("t:colis")).toBe(true);
  });

  it("finds the same problem in other words closer than other problems", () => {
    expect(sim("parcel", "parcel2")).toBeGreaterThan(sim("parcel", "promo"));
    expect(sim("parcel", "parcel2")).toBeGreaterThan(sim("parcel", "loyalty"));
  });

  it("is symmetric, 1 for the same complaint and 0 for nothing shared", () => {
    expect(sim("promo", "loyalty")).toBeCloseTo(sim("loyalty", "promo"));
    expect(sim("promo", "promo")).toBeCloseTo(1);
    expect(similarity(docs.promo, new Set(), weights, 1)).toBe(0);
  });

  it("weighs a word every complaint uses less than a rare one", () => {
    const w = termWeights([new Set(["t:a", "t:b"]), new Set(["t:a"]), new Set(["t:a", "t:c"])]);
    expect(w.get("t:a")!).toBeLessThan(w.get("t:b")!);
  });
});
