// Ideas the seventeenth fresh file (tests/text-eval/fresh/guards-f17.tsv: fashion and beauty brands in a playful
// voice) found, in wordings of our own (issue #19). Rules alone (the learned model is measured on its own).
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";
import { hasNextStep } from "@/lib/guards/check-first-answer";

const categories = (text: string) => checkTone(text, { model: false }).map((f) => f.category);

describe("guards: seventeenth fresh check's ideas", () => {
  it("reads the cause given as the customer's doing as blame, not a cause they can be thanked for", () => {
    for (const t of ["That's because you entered the wrong postcode.", "C'est parce que vous n'avez pas activé la carte.", "Si vous aviez mesuré, vous auriez commandé la bonne taille.", "You should always read the label before use.", "C'est pourtant marqué sur l'étiquette.", "Not really on us, sorry!"]) {
      expect(categories(t), t).toContain("blame");
    }
    for (const t of ["C'est parce que vous nous l'avez signalé qu'on a pu corriger, merci !", "That's because you asked so nicely 😊 here's your code."]) expect(categories(t), t).not.toContain("blame");
  });
  it("reads a complaint threatened against the customer and a closed door", () => {
    expect(categories("Nous pourrions porter plainte pour diffamation si cela continue.")).toContain("threat");
    expect(categories("Non-negotiable, sorry.")).toContain("dismissal");
    expect(categories("Merci de vous référer à notre précédent message.")).toContain("dismissal");
  });
  it("does not read sending the customer to their doctor as deflection", () => {
    expect(categories("Please check with your doctor before using it while pregnant.")).not.toContain("deflection");
  });
  it("counts a claim set going, a DM sent and a sentence after an emoji as what happens next", () => {
    for (const t of ["Oh no, that's not right 😞 We're sending a replacement today.", "Sorry! We've flagged it to the warehouse team.", "We've DMed you a new code 💕"]) expect(hasNextStep(t), t).toBe(true);
    for (const t of ["Sorry to hear that 😔", "We have not opened anything yet."]) expect(hasNextStep(t), t).toBe(false);
  });
});
