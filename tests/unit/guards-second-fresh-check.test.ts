// Ideas the second fresh file (tests/text-eval/fresh/guards-f2.tsv) found missing in the draft guards (#19), in
// wordings of our own. Each new reading failed before the change that reads it; the "still blocks" and "once
// listed" cases passed before and pin that the change loosened nothing else.
import { describe, expect, it } from "vitest";
import { checkGuards, type GuardContext } from "@/lib/guards/check-guards";

const LISTED = ["01 40 50 60 70", "contact@exemple-boutique.fr"];
const pd = (text: string, ctx: Partial<GuardContext> = {}) =>
  checkGuards(text, { visibility: "public", locale: "fr", ...ctx }).filter((w) => w.kind === "personal-data").map((w) => `${w.category}/${w.severity}`);

describe("the brand's own line before any contact is listed", () => {
  it("warns instead of blocking when the draft introduces the number or mailbox as ours", () => {
    expect(pd("Vous pouvez joindre notre standard au 04 72 11 22 33 du lundi au vendredi.")).toEqual(["phone/warning"]);
    expect(pd("Appelez le 0805 12 34 56, c'est gratuit.")).toEqual(["phone/warning"]);
    expect(pd("Envoyez les photos à reclamations@exemple-boutique.fr, on regarde dans la journée.")).toEqual(["email/warning"]);
  });
  it("still blocks the customer's own number or mailbox, and a mobile number", () => {
    expect(pd("Notre livreur vous appellera au 04 72 11 22 33 demain.")).toEqual(["phone/high"]);
    expect(pd("Notre conseiller est joignable au 06 11 22 33 44.")).toEqual(["phone/high"]);
    expect(pd("Notre équipe vous écrira à marc.durand@gmail.com.")).toEqual(["email/high"]);
  });
  it("once the workspace lists its contacts, the listed ones are nothing and an unlisted line introduced as ours only warns", () => {
    // A brand has more lines than it lists (an emergency number, a department's mailbox): the fourth fresh check
    // blocked 8 good drafts that gave one. The customer's own number is never introduced as ours: still blocked.
    expect(pd("Vous pouvez joindre notre standard au 04 72 11 22 33.", { settings: { publicContacts: LISTED } })).toEqual(["phone/warning"]);
    expect(pd("Vous pouvez joindre notre standard au 01 40 50 60 70.", { settings: { publicContacts: LISTED } })).toEqual([]);
    expect(pd("Notre livreur vous appellera au 04 72 11 22 33 demain.", { settings: { publicContacts: LISTED } })).toEqual(["phone/high"]);
  });
});

describe("personal data the first lists did not name", () => {
  it("a parcel's tracking number, a payment card's last digits or expiry, a document number a few words on", () => {
    expect(pd("Your parcel 1Z888BB20234567891 is with the courier today.", { locale: "en" })).toEqual(["tracking_number/high"]);
    expect(pd("Hi Tom, your Mastercard ending in 9012 was declined by the bank.", { locale: "en" })).toEqual(["payment_card/high"]);
    expect(pd("The card on file (expiry 11/28) was refused.", { locale: "en" })).toEqual(["payment_card/high"]);
    expect(pd("Le numéro du passeport que vous avez indiqué (22CD98765) a expiré.")).toEqual(["id_document/high"]);
    expect(pd("Le dossier AB12CD de Mme Legrand est chez l'expert.")).toEqual(["order_number/high"]);
    // The same in a private reply is what a private reply is for.
    expect(checkGuards("Your parcel 1Z888BB20234567891 is with the courier today.", { visibility: "private", locale: "en" })).toEqual([]);
  });
  it("asking the customer to e-mail us their details is not asking them to post it in public", () => {
    expect(pd("Merci d'envoyer votre justificatif et votre adresse à sav@exemple-boutique.fr, on traite sous 48 h.")).toEqual(["email/warning"]);
  });
});

describe("false resolution read with the one reader of customers' verdicts", () => {
  const tone = (draft: string, customer: string) =>
    checkGuards(draft, { visibility: "public", locale: "fr", customerMessages: [customer] }).filter((w) => w.kind === "tone").map((w) => w.category);
  it("a closure claimed while the customer says it is not fixed, in words the old list did not have", () => {
    expect(tone("Votre demande a bien été traitée, le dossier est clos.", "Personne n'est passé réparer la chaudière, j'ai perdu ma journée.")).toContain("false-resolution");
    expect(tone("Your complaint has been resolved and the ticket is closed.", "The leak is back, worse than last week.")).toContain("false-resolution");
  });
  it("work in progress is not a claim that it is over", () => {
    expect(tone("Votre réclamation est en cours de traitement, le service comptable revient vers vous vendredi.", "Toujours pas de remboursement.")).not.toContain("false-resolution");
    expect(tone("Your refund request is being handled by our finance team; you'll hear from us by Friday.", "Still no refund.")).not.toContain("false-resolution");
  });
});
