// Ideas from the fresh files satisfaction-f16 and -f17 (issue #18), each tested in words of our own, not the files'.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

const verdict = (text: string) => classifyAnswer(text).verdict;

describe("satisfaction answers: sixteenth and seventeenth fresh files", () => {
  it("reads thanks alone, or beside another question, as no answer; thanks beside a state is one", () => {
    for (const text of ["thank you so much for your help Karim 🙏", "merci, et sinon vous livrez le dimanche ?", "cheers 🙂"]) expect(verdict(text), text).toBe("unclear");
    for (const text of ["merci, la box remarche", "👌 merci"]) expect(verdict(text), text).toBe("satisfied");
  });

  it("does not take a reproach about how long it took for a problem still there", () => {
    for (const text of ["c'est réglé, mais deux mois pour ça...", "it works now but you were very slow", "oui c'est bon, après 10 jours d'attente quand même"]) {
      expect(verdict(text), text).toBe("satisfied");
    }
    expect(verdict("c'est réglé mais le son coupe encore")).toBe("dissatisfied");
  });

  it("reads fine since a point in time as the state now", () => {
    expect(verdict("it used to drop every evening, since the new router it's been fine")).toBe("satisfied");
    expect(verdict("depuis hier c'est bon mais le son coupe encore")).toBe("dissatisfied");
  });

  it("does not blame the item for its wrapping", () => {
    expect(verdict("le colis est arrivé, emballage déchiré mais le livre est intact")).toBe("satisfied");
    expect(verdict("the box was fine but the lamp is broken")).toBe("dissatisfied");
  });

  it("reads 'd'ailleurs', an amount and a missing part sent for what they are", () => {
    expect(verdict("tout est rentré dans l'ordre, le livreur était charmant d'ailleurs")).toBe("satisfied");
    expect(verdict("mes 500 euros sont bien revenus")).toBe("satisfied");
    expect(verdict("ils m'ont envoyé le câble manquant, tout est branché")).not.toBe("dissatisfied");
  });
});
