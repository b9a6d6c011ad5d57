// Ideas the eleventh fresh sentiment file (tests/text-eval/fresh/sentiment-f11.tsv) found missing, in our own words
// (issue #18): a last word of the "best purchase" / "no regrets" kind is praise; a message that opens with a how-to
// question tells its facts as context.
import { describe, expect, it } from "vitest";
import { scoreMessage } from "@/lib/scoring/score-message";

const label = (text: string) => scoreMessage(text, { model: false }).label;

describe("sentiment: eleventh fresh check's ideas", () => {
  it("reads a last word of 'best purchase' or 'no regrets' as praise, whatever numbers came before", () => {
    expect(label("Two winters, not one breakdown. Best purchase we've made.")).toBe("positive");
    expect(label("Franchement, j'ai changé pour vous et aucun regret.")).toBe("positive");
  });
  it("reads the facts after a how-to question as context", () => {
    expect(label("Where can I return a parcel on Sunday? The usual shop is closed.")).toBe("neutral");
    expect(label("What does error 503 mean on the checkout page?")).toBe("neutral");
    expect(label("How do I cancel? Your app is useless and so is your support.")).toBe("negative");
  });
});
