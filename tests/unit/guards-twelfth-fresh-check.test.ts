// Ideas the twelfth fresh file (tests/text-eval/fresh/guards-f12.tsv) found, in wordings of our own (issue #19).
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";
import { isOwnContact } from "@/lib/guards/own-contact";

const tone = (text: string, customer?: string) =>
  checkTone(text, { model: false, ...(customer ? { customerMessages: [customer] } : {}) });
const cats = (text: string, customer?: string) => tone(text, customer).map((f) => f.category);

describe("guards: twelfth fresh check's ideas", () => {
  it("blocks only when the customer is the one to be blocked", () => {
    expect(tone("Thanks for flagging this. Send us the profile name and we will block and review it today.").some((f) => f.severity === "high")).toBe(false);
    expect(tone("Keep posting this and we will ban you from the page.").some((f) => f.category === "threat" && f.severity === "high")).toBe(true);
  });
  it("a number given after 'appeler l'atelier au' with its opening hours is ours", () => {
    const t = "Le plus simple : appelez l'agence au 04 78 12 34 56 (lun-ven 9h-18h).";
    const s = t.indexOf("04 78");
    expect(isOwnContact(t, "phone", s, s + 14)).toBe(true);
  });
  it("someone of ours calling the customer, or the brand handling the claim, is no deflection", () => {
    expect(cats("La responsable de l'agence peut vous appeler demain matin pour trouver une solution.")).not.toContain("deflection");
    expect(cats("C'est une garantie fabricant, mais c'est nous qui gérons le dossier avec eux, je vous tiens au courant.")).not.toContain("deflection");
  });
  it("reads sanctions held over the customer, the cause put on their side, 'in perspective' and closing it ourselves", () => {
    expect(cats("Tout message de ce type fera l'objet d'un dépôt de plainte.")).toContain("threat");
    expect(cats("Such comments can be referred to the disciplinary panel.")).toContain("threat");
    expect(cats("The damp most likely comes from your storage room, not from our packaging.")).toContain("blame");
    expect(cats("To put it in perspective, the outage lasted two hours for most users.")).toContain("minimising");
    expect(cats("Parfait, je clôture donc votre ticket.", "Ça ne marche toujours pas")).toContain("false-resolution");
  });
});
