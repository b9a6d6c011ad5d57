// A reply written for another customer, made fit for this one (issue #24 §3): their name becomes this one's, their
// order number and any reference of their file a placeholder; a reply with their phone number is not offered.
import { describe, expect, it } from "vitest";
import { personaliseReply } from "@/lib/replies/personalise-reply";

const from = { name: "Bernard Chevalier" };
const fr = (text: string) => personaliseReply(text, from, { name: "Marc Petit", language: "fr" });
const en = (text: string) => personaliseReply(text, from, { name: "Marc Petit", language: "en" });

describe("personaliseReply", () => {
  it("calls this customer by their first name", () => {
    expect(fr("Bonjour Bernard, désolés pour ce retard.")).toBe("Bonjour Marc, désolés pour ce retard.");
    expect(fr("Bonjour Bernard Chevalier, c'est noté.")).toBe("Bonjour Marc, c'est noté.");
  });

  it("turns the other customer's contract, account, card digits and file codes into a reference to fill", () => {
    expect(fr("La résiliation du contrat n° 7012 4588 96 a pris effet.")).toBe("La résiliation du contrat n° [référence] a pris effet.");
    expect(en("The cancellation on account 55019-882 is done.")).toBe("The cancellation on account [reference] is done.");
    expect(en("Your line 7730 is unblocked.")).toBe("Your line [reference] is unblocked.");
    expect(en("Your booking Q8LMTZ is confirmed, file FCOYX48213 is open.")).toBe("Your booking [reference] is confirmed, file [reference] is open.");
  });

  it("keeps the numbers that belong to no one: dates, years, times, amounts, durations, small counts", () => {
    const text = "Remboursement de 1 500 € le 15 mars 2026 à 14h30, sous 48 h, 29,90 €, 24/7, iPhone 15, 5G.";
    expect(fr(text)).toBe(text);
  });

  it("does not offer a reply carrying the other customer's phone number", () => {
    expect(fr("Bonjour Bernard, nous vous rappelons au 06 12 34 56 78.")).toBeNull();
  });
});
