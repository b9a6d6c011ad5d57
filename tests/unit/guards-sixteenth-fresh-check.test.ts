// Ideas the sixteenth fresh file (tests/text-eval/fresh/guards-f16.tsv: a crisis week, tired agents) found, in
// wordings of our own (issue #19): the fault put "on your side", what the customer should have had from us (our
// failure, not theirs), and "you're free to cancel" as showing the door. Rules alone (the model is its own test).
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";

const categories = (text: string) => checkTone(text, { model: false }).map((f) => f.category);

describe("guards: sixteenth fresh check's ideas", () => {
  it("reads the fault put on the customer's side as blame", () => {
    expect(categories("Honestly that's entirely on your side, not ours.")).toContain("blame");
    expect(categories("C'est bien de votre côté que ça se passe, pas du nôtre.")).toContain("blame");
  });
  it("does not read what the customer should have had from us as blame", () => {
    expect(categories("So sorry, you should have heard from us before the change.")).not.toContain("blame");
    expect(categories("Vous auriez dû le recevoir la semaine dernière, toutes nos excuses, je vous le renvoie.")).not.toContain("blame");
    expect(categories("You should have checked the size guide.")).toContain("blame");
  });
  it("reads 'free to cancel' as showing the door, not a cancellation link given kindly", () => {
    expect(categories("You're of course welcome to cancel whenever you like.")).toContain("dismissal");
    expect(categories("Libre à vous de résilier si le service ne vous convient plus.")).toContain("dismissal");
    expect(categories("Si vous souhaitez résilier, voici le lien : on reste dispo si besoin.")).not.toContain("dismissal");
  });
});
