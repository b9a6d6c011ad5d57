// Ideas the eighth fresh promises file (tests/text-eval/fresh/promises-f8.tsv) found, in our own words (issue #18
// §5): greetings, quoted terms, events, an insurer's or a council's doing, staff away, past stories, expiring points.
import { describe, expect, it } from "vitest";
import { read } from "../helpers/paris-promises";

describe("promises: eighth fresh check's ideas", () => {
  it("reads 'Morning Ben.' as a greeting, and terms quoted in « » as someone else's words", () => {
    expect(read("Morning Ben. Your card was charged once, the second line is only a pre-authorisation.")).toBe("none");
    expect(read("Nos CGV disent : « le remboursement intervient sous 14 jours ». Votre dossier est complet.")).toBe("none");
  });
  it("makes no follow-up of an event, a pledge for every order, an insurer's step or staff away", () => {
    expect(read("J-3 avant notre braderie de printemps, on vous attend samedi de 9h à 18h !")).toBe("none");
    expect(read("From Monday, next-day delivery on all orders placed before 6pm.")).toBe("none");
    expect(read("C'est votre assureur qui désignera un expert sous 10 jours, d'après leur site.")).toBe("none");
    expect(read("The team is off on Thursday and back on Friday, thanks for your patience.")).toBe("none");
  });
  it("reads a story told in the past and points that expire as no promise", () => {
    expect(read("The van broke down at 8am and our driver only left at noon, sorry again.")).toBe("none");
    expect(read("Vous avez 300 points qui expirent le 31 mars.")).toBe("none");
  });
  it("still reads our own promise next to the customer's bank details", () => {
    expect(read("Someone will call you within the hour to confirm your bank details.")).toBe("dated");
  });
});
