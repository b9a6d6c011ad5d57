// Issue #19, "Draft checks that don't cry wolf": the brand's own contact details are never the customer's
// personal data, and a next step is a commitment in any person or tense, not a list of first-person verbs.
import { describe, expect, it } from "vitest";
import { checkGuards } from "@/lib/guards/check-guards";
import { hasNextStep } from "@/lib/guards/check-first-answer";
import { compilePublicContacts, findPersonalData } from "@/lib/guards/check-personal-data";

const CONTACTS = ["09 69 32 15 15", "remboursements@maboutique.fr", "0800 023 4567", "MaBoutique SAV, 12 rue des Lilas, 69003 Lyon", "maboutique.fr/aide"];
const personal = (text: string, publicContacts = CONTACTS) =>
  checkGuards(text, { visibility: "public", locale: "fr", settings: { publicContacts } }).filter((w) => w.kind === "personal-data").map((w) => w.category);

describe("the workspace's public contact details", () => {
  it("are not flagged in a public reply; another number, e-mail or address still is", () => {
    expect(personal("Notre service client est joignable 24h/24 au 09 69 32 15 15.")).toEqual([]);
    expect(personal("Pour un remboursement, écrivez à remboursements@maboutique.fr.")).toEqual([]);
    expect(personal("Our helpline 0800 023 4567 is free from the UK.")).toEqual([]);
    expect(personal("Le retour se fait chez MaBoutique SAV, 12 rue des Lilas, 69003 Lyon.")).toEqual([]);
    expect(personal("Notre service client est joignable 24h/24 au 09 69 32 15 16.")).toEqual(["phone"]);
    expect(personal("Écrivez-moi à jeanne.dupont@orange.fr.")).toEqual(["email"]);
    expect(personal("Le colis est reparti au 3 rue des Acacias, 69003 Lyon.")).toContain("address");
  });
  it("compare a phone by its digits in national or international form, an e-mail without case", () => {
    expect(personal("Depuis l'étranger : +33 9 69 32 15 15.")).toEqual([]);
    expect(personal("Depuis l'étranger : 0033 9 69 32 15 15.")).toEqual([]);
    expect(personal("From abroad dial +44 800 023 4567.")).toEqual([]);
    expect(personal("Écrivez à Remboursements@MaBoutique.FR")).toEqual([]);
    expect(personal("Appelez le 09.69.32.15.15", ["+33 (0)9 69 32 15 15"])).toEqual([]);
    expect(compilePublicContacts(["", "  ", "aide@x.fr"]).emails.has("aide@x.fr")).toBe(true);
  });
  it("without the setting a phone number is still flagged, and private drafts never are", () => {
    expect(personal("Notre service client est joignable au 09 69 32 15 15.", [])).toEqual(["phone"]);
    expect(findPersonalData("au 09 69 32 15 15", undefined, CONTACTS)).toEqual([]);
    expect(checkGuards("Je vous rappelle au 06 12 34 56 78.", { visibility: "private", settings: { publicContacts: CONTACTS } })).toEqual([]);
  });
});

describe("a next step in any person or tense", () => {
  it.each([
    "Désolé pour le silence, on revient vers toi au plus tard jeudi.",
    "Un conseiller vous rappelle demain matin.",
    "Un conseiller vous rappelle.",
    "The courier will collect it tomorrow.",
    "Votre remboursement sera effectué sous 48 h.",
    "Pouvez-vous nous dire à quelle adresse le colis devait arriver ?",
    "Which size would you prefer instead?",
    "Écrivez-nous en message privé avec votre numéro de commande.",
    "Just DM us your order number.",
    "Vous pouvez garder l'article avec 20 % remboursés ou l'échanger, dites-nous ce que vous préférez.",
    "We can send a replacement or refund you, whichever suits.",
    "The replacement should arrive within three days.",
    "Notre équipe technique va étudier votre dossier.",
    "On transmet votre remarque au transporteur.",
  ])("finds one in %j", (text) => expect(hasNextStep(text)).toBe(true));

  it.each([
    "Je suis désolé.",
    "Je suis vraiment désolée pour ce contretemps. — Inès, service client",
    "We're so sorry.",
    "Nous comprenons tout à fait votre colère.",
    "Thanks for telling us, it has been noted.",
    "Nous sommes désolés mais nous ne pouvons rien faire de plus.",
    "There is nothing more we can do, sorry.",
    "You should have told us sooner.",
    "Vous auriez dû nous contacter dès la réception.",
    "C'est réglé, bonne journée !",
  ])("finds none in %j", (text) => expect(hasNextStep(text)).toBe(false));

  it("an apology alone on a first answer is reported as missing a next step", () => {
    const kinds = checkGuards("Je suis désolé.", { visibility: "public", locale: "fr", firstAnswer: true }).map((w) => w.kind);
    expect(kinds).toContain("missing-next-step");
    expect(checkGuards("Désolés ! On revient vers vous au plus tard jeudi.", { visibility: "public", locale: "fr", firstAnswer: true }).map((w) => w.kind)).not.toContain("missing-next-step");
  });
});
