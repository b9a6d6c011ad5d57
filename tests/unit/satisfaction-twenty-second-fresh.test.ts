// Ideas from the fresh file satisfaction-f22 (issue #18: removals, driving schools, dry cleaners, alarms, taxis,
// dating apps, printers, brokers), in words of our own.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

const verdict = (text: string) => classifyAnswer(text).verdict;

describe("satisfaction answers: twenty-second fresh file", () => {
  it("hears the fix holding, or what the customer wanted kept, as 'still' that disputes nothing", () => {
    expect(verdict("la tablette est toujours connectée depuis hier soir, nickel")).not.toBe("dissatisfied");
    expect(verdict("Account restored and all my playlists are still there, brilliant")).not.toBe("dissatisfied");
    // A fault or a charge still there is the fault persisting.
    expect(verdict("the late fee is still there on my statement")).toBe("dissatisfied");
    expect(verdict("l'erreur est toujours là ce matin")).toBe("dissatisfied");
  });
  it("hears thanks for what we spared them as thanks, and a request not to close as no thanks", () => {
    expect(verdict("refund's in, cheers for not making me chase it")).toBe("satisfied");
    expect(verdict("Merci de ne pas fermer le ticket, la borne ne marche toujours pas")).toBe("dissatisfied");
  });
  it("knows the everyday ways to say it is fine or accepted ('impec', 'gucci', 'payment accepted')", () => {
    expect(verdict("impec depuis hier, merci")).toBe("satisfied");
    expect(verdict("all gucci on my side now")).toBe("satisfied");
    expect(verdict("ma carte est enfin acceptée au péage")).not.toBe("dissatisfied");
    expect(verdict("ma carte n'est toujours pas acceptée")).toBe("dissatisfied");
  });
});
