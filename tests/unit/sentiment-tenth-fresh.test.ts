// Ideas the tenth fresh sentiment file (tests/text-eval/fresh/sentiment-f10.tsv, 70 % English) found missing, in our
// own words (issue #18): none of a nuisance is praise, a wait negated is no wait, a message that ends recommending
// us is praise whatever happened on the way, tears beside praise are joy, and asking how to do something is a
// question, whatever trouble it names.
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const label = (text: string) => scoreMessage(text, { model: false }).label;

describe("sentiment: tenth fresh check's ideas", () => {
  it("reads none of a nuisance and a wait negated as praise", () => {
    expect(label("Boiler fitted in a morning, zero hassle, thanks guys")).toBe("positive");
    expect(label("Livraison nickel et pas d'attente au retrait, top")).toBe("positive");
  });
  it("reads a message that ends recommending us as praise, even with a failure on the way", () => {
    expect(label("Flight got cancelled but the desk rebooked us within minutes. Would definitely fly with you again.")).toBe("positive");
    expect(label("Colis arrivé avec un jour de retard mais service client adorable, je recommande.")).toBe("positive");
    expect(label("Third cancelled delivery this month. Would never order again.")).toBe("negative");
  });
  it("reads tears beside praise alone as joy", () => {
    expect(label("the finale was PERFECT thank you 😭")).toBe("positive");
    expect(label("still no refund 😭")).toBe("negative");
  });
  it("reads asking how to report, cancel or complain as a question", () => {
    expect(label("How do I report a fraudulent charge on my card?")).toBe("neutral");
    expect(label("À qui dois-je m'adresser pour une réclamation sur ma facture ?")).toBe("neutral");
    expect(label("Is the website down for everyone?")).toBe("neutral");
    expect(label("Why is the website down AGAIN?")).toBe("negative");
  });
});
