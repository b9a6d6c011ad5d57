// Ideas the thirteenth fresh file (tests/text-eval/fresh/guards-f13.tsv) found, in wordings of our own (issue #19):
// blame said as advice after the fact, calm asked of the customer, minimising by luck or by others worse off, a
// third party "better placed than us", the customer's future advantages at stake, and an outage said to be over
// to a customer who says it is not.
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";

const cats = (text: string, customer?: string) =>
  checkTone(text, { model: false, ...(customer ? { customerMessages: [customer] } : {}) }).map((f) => f.category);

describe("guards: thirteenth fresh check's ideas", () => {
  it("reads advice after the fact and 'your responsibility' as blame, not our own lesson", () => {
    expect(cats("Petit rappel : vérifiez toujours votre adresse avant de valider, cela évite ce genre de mauvaise surprise.")).toContain("blame");
    expect(cats("Keeping your login to yourself is the account holder's responsibility.")).toContain("blame");
    expect(cats("Si les photos avaient été envoyées à temps, vous n'auriez pas eu ce refus.")).toContain("blame");
    // Our own fault, said the same way, is not blame.
    expect(cats("Si nous avions vérifié le colis, vous n'auriez pas eu ce souci, toutes nos excuses.")).not.toContain("blame");
  });
  it("reads calm asked of the customer and chasing called useless as dismissal", () => {
    expect(cats("Merci de rester calme, votre demande est dans la file.")).toContain("dismissal");
    expect(cats("Relancer ici ne fera pas avancer votre dossier plus vite.")).toContain("dismissal");
    expect(cats("No need to chase us on every channel, you'll hear back in due course.")).toContain("dismissal");
  });
  it("reads 'only N minutes', luck and others worse off as minimising", () => {
    expect(cats("Il ne s'agit que de 20 minutes d'attente, rien de bien grave.")).toContain("minimising");
    expect(cats("Honestly you've been quite lucky, some orders were lost entirely.")).toContain("minimising");
    expect(cats("D'autres clients vivent une situation bien plus difficile que la vôtre.")).toContain("minimising");
    expect(cats("It happens more than you'd think, and we'll fix it for free today.")).not.toContain("minimising");
  });
  it("reads a third party 'better placed than us' and the request to repeat with them as deflection", () => {
    expect(cats("Your bank is better placed than us to look into this charge.")).toContain("deflection");
    expect(cats("Je vous invite à adresser votre réclamation auprès de leur service client.")).toContain("deflection");
  });
  it("reads the customer's future advantages put at stake as a threat", () => {
    expect(cats("Ce type d'échange public peut impacter votre éligibilité aux offres à venir.")).toContain("threat");
  });
  it("reads an outage said to be over as a false resolution only against a customer who says it is not", () => {
    expect(cats("La coupure a été réparée, tout fonctionne dans votre quartier.", "Toujours pas de courant chez nous")).toContain("false-resolution");
    expect(cats("The outage was fixed at 2pm and service is restored.", "Is the outage over? What happened?")).not.toContain("false-resolution");
  });
});
