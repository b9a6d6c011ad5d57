// Problem types of industries a social inbox serves beyond retail and telecoms (issue #18 §3): travel, banking,
// insurance, utilities, streaming, food and product safety. Wordings written for this test; each type is also
// checked against a sentence that shares its words but is not that problem ("c'est du vol" is not a flight).
import { describe, expect, it } from "vitest";
import { complaintDoc } from "@/lib/incidents/complaint-doc";
import { groupComplaints } from "@/lib/incidents/group-complaints";
import { detectLanguage } from "@/lib/ingest/detect-language";

let n = 0;
const t0 = Date.parse("2026-11-21T07:00:00Z");
const doc = (body: string) => {
  const i = ++n;
  return complaintDoc({ caseId: `d${i}`, contactId: `c${i}`, at: new Date(t0 + i * 600_000), messages: [{ body, language: detectLanguage(body) }] });
};
const type = (body: string) => doc(body)?.problem ?? null;

describe("incident types of other industries", () => {
  it("reads cancelled and delayed journeys, lost luggage and denied boarding", () => {
    expect(type("Notre TGV de 7h12 pour Bordeaux est supprimé, aucune solution proposée")).toBe("travel.cancelled");
    expect(type("mon vol pour Porto annulé à la dernière minute, personne au comptoir")).toBe("travel.cancelled");
    expect(type("They cancelled the 18:40 train to York and the next one is full")).toBe("travel.cancelled");
    expect(type("train bloqué en pleine voie depuis 1h30, aucune info du contrôleur")).toBe("travel.delayed");
    expect(type("Flight delayed five hours and nobody at the gate can tell us why")).toBe("travel.delayed");
    expect(type("ma valise n'est jamais arrivée à Nice, ça fait trois jours")).toBe("travel.baggage");
    expect(type("our suitcase came off the carousel ripped open")).toBe("travel.baggage");
    expect(type("overbooked again, they bumped us off the flight with two kids")).toBe("travel.denied_boarding");
  });

  it("reads a card declined everywhere and a transfer that never lands, apart from an app crash", () => {
    expect(type("ma carte est refusée dans tous les magasins depuis ce matin")).toBe("payment.card_declined");
    expect(type("every card payment I try gets declined, balance is fine")).toBe("payment.card_declined");
    expect(type("le virement envoyé lundi est toujours en attente, mon propriétaire n'a rien reçu")).toBe("payment.transfer_pending");
    expect(type("my bank transfer has been pending for three days")).toBe("payment.transfer_pending");
    expect(type("l'appli plante dès que je valide un virement")).toBe("app.crash");
  });

  it("reads unexpected fees, wrong meter readings and claims nobody handles", () => {
    expect(type("on m'a facturé des frais supplémentaires jamais annoncés sur ma facture")).toBe("billing.extra_fees");
    expect(type("charged roaming on my bill although Europe is included in my plan")).toBe("billing.extra_fees");
    expect(type("le compteur Linky affiche un index faux, ma facture a triplé")).toBe("billing.meter");
    expect(type("Your smart meter reading is wrong and the bill is double what I use")).toBe("billing.meter");
    expect(type("déclaration de sinistre faite il y a deux mois, toujours aucune réponse de l'assureur")).toBe("insurance.claim");
  });

  it("reads videos that will not play as the app's playback, not a payment problem", () => {
    expect(type("impossible de regarder un film ce soir, erreur de lecture à chaque fois")).toBe("app.playback");
    expect(type("every episode stops buffering after ten seconds, the streaming is broken")).toBe("app.playback");
    expect(type("Tracking shows the parcel was delivered but I have nothing")).not.toBe("app.playback");
  });

  it("reads contaminated food and unsafe devices", () => {
    expect(type("toute la famille malade après le poulet rôti acheté chez vous hier")).toBe("product.contaminated");
    expect(type("found a piece of glass in my jar of pasta sauce")).toBe("product.contaminated");
    expect(type("mon chargeur a pris feu pendant la nuit, la prise est noircie")).toBe("product.unsafe");
    expect(type("the charger started sparking and smoking while plugged in")).toBe("product.unsafe");
  });

  it("does not take ordinary words for these problems", () => {
    expect(type("c'est du vol, 30 € pour une livraison en retard")).not.toMatch(/^travel\./);
    expect(type("Merci pour le film, super soirée !")).toBe(null);
    expect(type("the security guard checked my bag and shouted at me in front of everyone")).toBe("staff.rude");
    expect(type("relevé bancaire reçu, tout est en ordre merci")).toBe(null);
  });

  it("groups a wave of cancelled trains from different customers into one incident", () => {
    const wave = [
      "train annulé ce soir entre Nantes et Angers, on fait comment ??",
      "Le TER de 18h05 Nantes-Angers est annulé, encore",
      "My 6:05pm train from Nantes to Angers was cancelled without warning",
      "annulation du train de 18h05 vers Angers, je vais rater la garderie",
      "Cancelled train again this evening, Nantes to Angers. Brilliant.",
      "pareil, mon train pour Angers annulé au dernier moment",
    ];
    const docs = wave.flatMap((b) => doc(b) ?? []);
    const groups = groupComplaints(docs);
    expect(Math.max(0, ...groups.map((g) => g.caseIds.length))).toBeGreaterThanOrEqual(5);
  });
});
