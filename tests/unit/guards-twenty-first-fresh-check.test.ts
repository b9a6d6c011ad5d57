// Ideas the twenty-first fresh file (tests/text-eval/fresh/guards-f21.tsv: photo printing, streaming, pet insurance,
// venues, appliance repair, e-bikes, language schools) found, in wordings of our own (issue #19), rules alone.
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";
import { findPersonalData } from "@/lib/guards/check-personal-data";

const findings = (text: string) => checkTone(text, { model: false }).map((f) => `${f.category}/${f.severity}`);

describe("guards: twenty-first fresh check's ideas", () => {
  it("hears someone else singled out ('c'est auprès de X qu'il faut', 'would need to go to them directly') as deflection", () => {
    expect(findings("Pour un colis abîmé, c'est chez le transporteur qu'il faudra déposer votre dossier.")).toContain("deflection/warning");
    expect(findings("Any refund request would need to be raised with the marketplace seller directly.")).toContain("deflection/warning");
    expect(findings("C'est à nous qu'il faut écrire : on s'occupe de votre remboursement aujourd'hui.")).toEqual([]);
  });
  it("hears a grin closing a question as mocking it, and the same grin elsewhere as friendly", () => {
    expect(findings("Et un massage offert avec ça, non ? 😅 Le contrat prévoit le remboursement de la séance.")).toContain("sarcasm/warning");
    expect(findings("Bonne question 😄 Le cours de jeudi est maintenu, le lien arrive demain matin.")).toEqual([]);
  });
  it("does not read a count of lessons as a street ('les 2 cours manqués'), and still reads 'cours Lafayette'", () => {
    expect(findPersonalData("Les 2 cours manqués seront rattrapés jeudi soir.")).toEqual([]);
    expect(findPersonalData("Le livreur passera au 9 cours Lafayette demain.").map((f) => f.category)).toEqual(["address"]);
  });
});
