// Ideas the third fresh file (tests/text-eval/fresh/guards-f3.tsv) found missing in the draft guards (#19), in
// wordings of our own. The new readings failed before the change; the "stays good" drafts pin what it must not flag.
import { describe, expect, it } from "vitest";
import { checkGuards, type GuardContext } from "@/lib/guards/check-guards";

const ctx = (locale: "fr" | "en", extra: Partial<GuardContext> = {}): GuardContext => ({ visibility: "public", locale, firstAnswer: false, ...extra });
const tone = (text: string, locale: "fr" | "en", extra: Partial<GuardContext> = {}) =>
  checkGuards(text, ctx(locale, extra)).filter((w) => w.kind === "tone").map((w) => w.category);

describe("tone: new wordings of known ideas", () => {
  it("threats to the customer's account, debt or comment", () => {
    expect(tone("Les comptes qui multiplient les litiges peuvent être suspendus, pour info.", "fr")).toContain("threat");
    expect(tone("Posting that again could get your account closed.", "en")).toContain("threat");
    expect(tone("Sans paiement, le dossier part au service recouvrement.", "fr")).toContain("threat");
    expect(tone("This review will be removed unless you edit it today.", "en")).toContain("threat");
  });
  it("an amount or a wait made small", () => {
    expect(tone("C'est seulement 8 €, on ne va pas en faire tout un plat.", "fr")).toContain("minimising");
    expect(tone("It's just a small mark, it wipes off easily.", "en")).toContain("minimising");
    expect(tone("Trois jours, ça passe vite !", "fr")).toContain("minimising");
  });
  it("rules for their own sake, blame for not reading, ironic praise, patronising patience", () => {
    expect(tone("Rules are rules, I'm afraid.", "en")).toContain("dismissal");
    expect(tone("Users are expected to read the size guide before ordering.", "en")).toContain("blame");
    expect(tone("La notice vous dit de ne pas le laver à 60 degrés.", "fr")).toContain("blame");
    expect(tone("Merci pour ce message tout en nuance. On regarde.", "fr")).toContain("sarcasm");
    expect(tone("On va reprendre tout doucement, étape par étape, d'accord ?", "fr")).toContain("sarcasm");
  });
  it("a delivery or a repair said to be done while the customer says it is not", () => {
    const customer = { customerMessages: ["Rien reçu, le colis n'est jamais arrivé"] };
    expect(tone("Votre colis a bien été livré hier selon nos informations.", "fr", customer)).toContain("false-resolution");
    expect(tone("Our system shows the repair was completed on Friday.", "en", { customerMessages: ["It is still broken"] })).toContain("false-resolution");
  });
  it("stays good: a sincere amount, an honest delivery update, a kind policy", () => {
    expect(tone("Vous avez raison, la livraison devait être offerte : je vous rembourse les 4,99 € tout de suite.", "fr")).toEqual([]);
    expect(tone("Your parcel has been delivered to the pickup point on Grove Road, here is the code to collect it.", "en")).toEqual([]);
    expect(tone("Notre politique de retour est de 30 jours, mais je regarde ce qu'on peut faire pour vous.", "fr")).toEqual([]);
  });
});

describe("personal data: a whole card number", () => {
  it("is blocked in a public reply, grouped by four or passing the card checksum", () => {
    const pd = (text: string) => checkGuards(text, ctx("fr")).filter((w) => w.kind === "personal-data").map((w) => w.category);
    expect(pd("La carte 5412 7500 1234 5678 a été refusée.")).toContain("payment_card");
    expect(pd("Paiement avec la carte 4111111111111111 refusé.")).toContain("payment_card");
    expect(pd("Votre commande 2026-0412-77 est partie.")).not.toContain("payment_card");
  });
});
