// Ideas the fourth fresh file (tests/text-eval/fresh/guards-f4.tsv) found missing in the draft guards (#19), in
// wordings of our own. The "still" cases pin that each change loosened nothing else.
import { describe, expect, it } from "vitest";
import { checkGuards, type GuardContext } from "@/lib/guards/check-guards";

const LISTED = ["01 40 50 60 70", "contact@exemple-boutique.fr"];
const found = (text: string, kind: "personal-data" | "tone", ctx: Partial<GuardContext> = {}) =>
  checkGuards(text, { visibility: "public", locale: "fr", settings: { publicContacts: LISTED }, ...ctx })
    .filter((w) => w.kind === kind).map((w) => `${w.category}/${w.severity}`);

describe("the brand's own contacts and files are never blocked as the customer's data", () => {
  it("a department's mailbox given as where to write to us, even with other contacts listed", () => {
    expect(found("Pour le remboursement, écrivez à litiges@exemple-boutique.fr et on s'en occupe.", "personal-data")).toEqual(["email/warning"]);
    expect(found("Send the photos to warranty@example-shop.co.uk and our team will answer today.", "personal-data", { locale: "en" })).toEqual(["email/warning"]);
    // Still blocked: the customer's address, and a person's mailbox written "from".
    expect(found("Nous avons bien votre adresse claire.petit@orange.fr, merci.", "personal-data")).toEqual(["email/high"]);
    expect(found("Vous pouvez aussi nous écrire depuis claire.petit@exemple.fr.", "personal-data")).toEqual(["email/high"]);
  });
  it("a line introduced as ours that the workspace did not list", () => {
    expect(found("Our night team is on +44 161 496 0000 until midnight.", "personal-data", { locale: "en" })).toEqual(["phone/warning"]);
  });
  it("a reference of a file we opened, and a part's catalogue number", () => {
    expect(found("Nous avons ouvert un dossier auprès du transporteur (réf LIT-77412), retour sous 72 h.", "personal-data")).toEqual(["order_number/warning"]);
    expect(found("The hinge is part ref HG-20331, in stock on our site.", "personal-data", { locale: "en" })).toEqual(["order_number/warning"]);
    // Still blocked: the customer's own order named with them.
    expect(found("Mme Roux, votre commande réf CMD-558812 est partie.", "personal-data")).toEqual(["order_number/high"]);
  });
});

describe("words that clear the customer or own our failure are not blame", () => {
  it("reads them as they are meant", () => {
    expect(found("Vous n'avez rien fait de travers, c'est notre étiquette qui était fausse. On renvoie le colis aujourd'hui.", "tone")).toEqual([]);
    expect(found("Sorry, you ought to have been warned about the delay. We've moved your slot to Friday.", "tone", { locale: "en" })).toEqual([]);
    expect(found("Le livreur a noté une absence alors que vous étiez chez vous ? Désolés, on reprogramme demain.", "tone")).toEqual([]);
    expect(found("Sorry the courier said so while you were home all day; a new slot is booked for Monday.", "tone", { locale: "en" })).toEqual([]);
  });
  it("still blames when the customer is blamed", () => {
    expect(found("You should have checked the size chart before ordering.", "tone", { locale: "en" })).toEqual(["blame/warning"]);
    expect(found("The driver says you were not at home.", "tone", { locale: "en" })).toEqual(["blame/warning"]);
  });
});
