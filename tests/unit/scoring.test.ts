// Sentiment and urgency (R9) measured on the labelled set in tests/scoring (225 inbound messages, French and
// English), plus the rules one by one: negation, intensifiers, shouting, sarcasm, and the author signals.
import { describe, expect, it } from "vitest";
import { evaluate, loadSet } from "../scoring/evaluate-sentiment";
import { scoreMessage } from "@/lib/scoring/score-message";
import { priorityFor, signalsFromReach, signalsFromText } from "@/lib/scoring/author-signals";

describe("scoreMessage on the labelled set", () => {
  it("has at least 200 labelled messages and classifies at least 85 % of them (both languages)", () => {
    const set = loadSet();
    expect(set.length).toBeGreaterThanOrEqual(200);
    const r = evaluate(set);
    expect(r.sentimentAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(r.fr).toBeGreaterThanOrEqual(0.8);
    expect(r.en).toBeGreaterThanOrEqual(0.8);
    expect(r.urgencyAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe("scoreMessage rules", () => {
  it("negation flips a word; a negated complaint word is not praise", () => {
    expect(scoreMessage("Je suis contente").label).toBe("positive");
    expect(scoreMessage("Je ne suis pas contente").label).toBe("negative");
    expect(scoreMessage("I'm not happy").label).toBe("negative");
    expect(scoreMessage("Pas mal du tout").label).toBe("positive");
  });
  it("intensifiers and shouting make it stronger and more urgent", () => {
    expect(scoreMessage("très déçue").sentiment).toBeLessThan(scoreMessage("déçue").sentiment);
    expect(scoreMessage("JE VEUX UNE RÉPONSE MAINTENANT !!!").urgency).toBeGreaterThan(scoreMessage("je veux une réponse").urgency);
  });
  it("an eye-roll turns praise into sarcasm", () => {
    expect(scoreMessage("Bravo, encore un colis perdu. Vraiment génial 🙄").label).toBe("negative");
  });
  it("lawyers, the press and danger are urgent", () => {
    for (const s of ["Mon avocat va vous contacter", "I'm contacting my lawyer", "La chaise est dangereuse, mon fils s'est blessé"]) {
      expect(scoreMessage(s).urgency, s).toBeGreaterThanOrEqual(50);
    }
    expect(scoreMessage("Le canapé existe en vert ?").urgency).toBeLessThan(50);
  });
});

describe("author signals", () => {
  it("reads journalists, professionals and legal threats from what people write", () => {
    expect(signalsFromText("Bonjour, Hélène Castagné, journaliste au service conso du Courrier du Consommateur")).toContain("journalist");
    expect(signalsFromText("je prépare un article sur les retards de livraison")).toContain("journalist");
    expect(signalsFromText("Le community management, c'est un peu mon métier")).toContain("professional");
    expect(signalsFromText("J'ai saisi l'UFC-Que Choisir")).toContain("legal");
    expect(signalsFromText("Le délai était trop court")).toEqual([]);
    expect(signalsFromText("Où est mon colis ?")).toEqual([]);
  });
  it("high reach from 10,000 followers, and the priority the badges raise to", () => {
    expect(signalsFromReach(121_400)).toEqual(["high_reach"]);
    expect(signalsFromReach(9_999)).toEqual([]);
    expect(priorityFor(["high_reach"], { sentiment: 0, urgency: 0 })).toBe("HIGH");
    expect(priorityFor(["legal"], { sentiment: 0, urgency: 0 })).toBe("URGENT");
    expect(priorityFor([], { sentiment: 10, urgency: 0 })).toBeNull();
  });
});
