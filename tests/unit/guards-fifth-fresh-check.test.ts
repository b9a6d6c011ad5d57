// Ideas the fifth fresh file (tests/text-eval/fresh/guards-f5.tsv) found: good public replies blocked because the
// brand gave its own shop, depot or returns address, or a service line followed by its opening hours. Written in
// wordings of our own; the "still" cases pin that the customer's address and number stay blocked.
import { describe, expect, it } from "vitest";
import { checkGuards } from "@/lib/guards/check-guards";

const found = (text: string, locale: "fr" | "en" = "fr") =>
  checkGuards(text, { visibility: "public", locale, settings: { publicContacts: [] } }).filter((w) => w.kind === "personal-data").map((w) => `${w.category}/${w.severity}`);

describe("an address the brand gives as its own place is not the customer's (warning, not blocked)", () => {
  it("one of our places named before it, in either language", () => {
    expect(found("Passez à notre agence du 4 place Bellecour, 69002 Lyon, on vous fait l'échange sur place.")).not.toContain("address/high");
    expect(found("Pop into our Manchester store, 21 King Street, M2 4LQ, and the team will swap it.", "en")).not.toContain("address/high");
  });
  it("where to send or bring it back", () => {
    expect(found("Renvoyez simplement l'article à Service Retours Lumio, 8 rue des Ateliers, 44000 Nantes.")).not.toContain("address/high");
    expect(found("Just send it back to Lumio Returns, 3 Mill Lane, Bristol BS1 5AA, postage is on us.", "en")).not.toContain("address/high");
  });
  it("still blocked: the customer's address, even with 'our' or 'we' in the sentence", () => {
    expect(found("Notre livreur passera demain au 7 allée des Cèdres, 31000 Toulouse.")).toContain("address/high");
    expect(found("Our driver will drop it at your home, 7 Cedar Close, Leeds LS6 2AB.", "en")).toContain("address/high");
    expect(found("Nous avons noté votre adresse : 7 allée des Cèdres, 31000 Toulouse.")).toContain("address/high");
  });
});

describe("a line followed by a service's opening hours is a service line", () => {
  it("hours after the number, nothing of the customer's before it", () => {
    expect(found("Pour suivre l'intervention, appelez le 09 72 10 20 30, ouvert 7j/7 de 8h à 22h.")).toEqual(["phone/warning"]);
    expect(found("You can reach the outage desk on 0161 496 0123, lines open 24/7.", "en")).toEqual(["phone/warning"]);
  });
  it("still blocked: the customer's number, whatever follows it", () => {
    expect(found("Nous vous rappelons sur votre fixe au 09 72 10 20 30, disponible après 18h selon vous.")).toEqual(["phone/high"]);
  });
});

const tone = (text: string, locale: "fr" | "en" = "fr") =>
  checkGuards(text, { visibility: "public", locale, settings: { publicContacts: [] } }).filter((w) => w.kind === "tone").map((w) => w.category);

describe("tone ideas the fifth fresh file found missing (warnings)", () => {
  it("a decision closed to discussion is dismissal", () => {
    expect(tone("Les frais restent dus, sans aucune exception.")).toContain("dismissal");
    expect(tone("The refund was declined and we will not be reconsidering the case.", "en")).toContain("dismissal");
  });
  it("the fault named as the customer's, or said as what they should have done, is blame", () => {
    expect(tone("Le mauvais code postal, c'est de votre responsabilité.")).toContain("blame");
    expect(tone("If you had read the confirmation email, you would not have missed the train.", "en")).toContain("blame");
  });
  it("the problem called small in so many words is minimising", () => {
    expect(tone("Un retard de deux jours reste un souci mineur, le colis arrive.")).toContain("minimising");
    expect(tone("Honestly a 20-minute outage is fairly minor.", "en")).toContain("minimising");
  });
  it("still not blame: the same words owning our part, or an offer of help", () => {
    expect(tone("Le retard est de notre fait, toutes nos excuses : un conseiller vous rappelle aujourd'hui.")).not.toContain("blame");
    expect(tone("If you had any trouble, we would be glad to help: just reply here.", "en")).not.toContain("blame");
  });
});

describe("the customer's own customer or contract number is personal data in public", () => {
  it("flagged in public, in either language; not in a private reply", () => {
    expect(found("Bonjour, votre contrat (n° de contrat 55-8812934) a bien été prolongé.")).toContain("customer_number/high");
    expect(found("Hi, customer number CX-4471029 is now unlocked.", "en")).toContain("customer_number/high");
    const inPrivate = checkGuards("Votre numéro client 88120457 est bien actif.", { visibility: "private", locale: "fr", settings: { publicContacts: [] } });
    expect(inPrivate.filter((w) => w.kind === "personal-data")).toEqual([]);
  });
  it("still nothing: the words without a number", () => {
    expect(found("Munissez-vous de votre numéro client et appelez-nous.")).toEqual([]);
  });
});
