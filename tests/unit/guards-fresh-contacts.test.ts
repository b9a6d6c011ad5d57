// Ideas the sixth and seventh fresh checks of the draft guards (tests/text-eval/fresh/guards-f6.tsv, -f7.tsv) found about
// the brand's own contacts, in our own words.
// (The learned model kept off words a negation cleared is guards-check.test.ts's "keeps empathy that looks like a rule".)
import { describe, expect, it } from "vitest";
import { checkGuards } from "@/lib/guards/check-guards";
import { hasNextStep } from "@/lib/guards/check-first-answer";

const personal = (text: string, locale: "fr" | "en") =>
  checkGuards(text, { visibility: "public", locale, settings: { publicContacts: [] } }).filter((w) => w.kind === "personal-data").map((w) => w.severity);

describe("guards: sixth fresh check", () => {
  it("reads the nearest shop's address as the brand's (a warning to list it, never a block)", () => {
    expect(personal("Désolés, l'agence de Nantes est fermée pour travaux. La plus proche est au 3 place Royale, 44000 Nantes.", "fr")).not.toContain("high");
    expect(personal("Sorry about that! The nearest branch is at 21 Market Street, Leeds LS1 6DT, open until 6pm.", "en")).not.toContain("high");
    // The customer's own address stays personal data in public.
    expect(personal("Le livreur l'a déposé au 3 place Royale, 44000 Nantes, devant votre porte.", "fr")).toContain("high");
  });
});

describe("guards: seventh fresh check", () => {
  it("reads a shop people are sent to, with its hours or directions, and the number to call as the brand's", () => {
    expect(personal("It's at 12 Mill Lane, York YO1 7HX, opposite the station – open 9am–5pm Mon–Fri.", "en")).not.toContain("high");
    expect(personal("Passez à la boutique du 5 rue des Carmes, on regarde ça sur place.", "fr")).not.toContain("high");
    expect(personal("Pop into 5 Kings Road any weekday, or call 0161 496 0123 to book.", "en")).not.toContain("high");
    expect(personal("Vous pouvez le faire au 02 40 00 11 22, du lundi au vendredi.", "fr")).not.toContain("high");
    expect(personal("Notre atelier : 3 quai Nord, 44000 Nantes. Tél. 02 40 00 11 22", "fr")).not.toContain("high");
    // The customer's own stay theirs.
    expect(personal("We'll call you back on 0161 496 0999, the number on your account.", "en")).toContain("high");
    expect(personal("The courier left it at 12 Mill Lane, York YO1 7HX, at your door.", "en")).toContain("high");
  });
});

describe("guards: eighth fresh check", () => {
  it("reads the customer's health and a card or account named with its digits as personal data in public", () => {
    expect(personal("Bonjour Mme Durand, vos résultats de prise de sang sont arrivés au cabinet.", "fr")).toContain("high");
    expect(personal("Hi Tom, your metformin 500mg refill is ready at the counter.", "en")).toContain("high");
    expect(personal("Hi Ann, your daughter's knee replacement is now booked for the 4th.", "en")).toContain("high");
    expect(personal("Bonjour, votre carte 5131 0042 a été renouvelée.", "fr")).toContain("high");
    expect(personal("Your account 20481 77341 009 shows the refund.", "en")).toContain("high");
  });
  it("leaves a case's handling and a box's diagnosis alone, and reads a named store's line as the brand's", () => {
    expect(personal("Le traitement de votre dossier a pris du retard, pardon : réponse demain.", "fr")).toEqual([]);
    expect(personal("We ran a diagnosis of your router remotely and reset it.", "en")).toEqual([]);
    expect(personal("You can also reach the Camden store directly on 020 7946 0999.", "en")).not.toContain("high");
  });
});

describe("guards: ninth fresh check", () => {
  const tone = (text: string) =>
    checkGuards(text, { visibility: "public", locale: "fr", settings: { publicContacts: [] } }).filter((w) => w.kind === "tone");
  it("reads health said of someone by their first name, a masked IBAN and an account's last digits", () => {
    expect(personal("Désolés pour l'attente : les analyses de Caramel montrent un diabète, le vétérinaire vous rappelle.", "fr")).toContain("high");
    expect(personal("Sorry for the wait, Nala's biopsy results are back and the vet will call you.", "en")).toContain("high");
    expect(personal("Le remboursement part sur votre IBAN FR76 1027 **** **** 5521 demain.", "fr")).toContain("high");
    expect(personal("Hi Sam, your account ending 9032 was topped up this morning.", "en")).toContain("high");
  });
  it("reads 'signaler' as a threat only when it is the customer who is reported", () => {
    expect(tone("Merci, la mention aurait dû être plus visible et nous allons le signaler à l'équipe du site.").filter((w) => w.severity === "high")).toEqual([]);
    expect(tone("Si ce message n'est pas retiré, nous allons vous signaler.").map((w) => w.category)).toContain("threat");
  });
});

describe("guards: tenth fresh check", () => {
  it("finds no next step in empathy alone, however it is worded", () => {
    expect(hasNextStep("Nous vous entendons et sommes sincèrement désolés pour cette soirée.")).toBe(false);
    expect(hasNextStep("So sorry, that sounds exhausting. Please know that we value you as a customer.")).toBe(false);
    expect(hasNextStep("Thank you for taking the time to tell us, we really appreciate it.")).toBe(false);
    // Still a next step: an instruction or a brand action.
    expect(hasNextStep("Please DM us your order number and we'll check it today.")).toBe(true);
    expect(hasNextStep("Nous vous rappelons demain matin.")).toBe(true);
  });
  it("reads a test result, an IBAN's last digits and a customer account number as personal, not surgery said back", () => {
    expect(personal("Vos résultats de bilan thyroïdien ont été transmis au Dr Martin.", "fr")).toContain("high");
    expect(personal("Le remboursement est parti sur votre IBAN se terminant par 0098.", "fr")).toContain("high");
    expect(personal("Votre compte client n° 4410 227 35 est bien à jour.", "fr")).toContain("high");
    expect(personal("So sorry, that's a hard letter to get after your cat's surgery. We'll review the claim today.", "en")).not.toContain("high");
  });
});
