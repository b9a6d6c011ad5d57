// Ideas the nineteenth fresh file (tests/text-eval/fresh/guards-f19.tsv: telecom, banks and insurers, airlines,
// food delivery) found, in wordings of our own (issue #19), with the rules alone (the learned model off).
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";

const findings = (text: string, customer?: string) =>
  checkTone(text, { model: false, ...(customer ? { customerMessages: [customer] } : {}) }).map((f) => `${f.category}/${f.severity}`);

describe("guards: nineteenth fresh check's ideas", () => {
  it("does not read our own removal of a fee before a refund as a bargain over the customer's post", () => {
    expect(findings("Vous avez raison : on va supprimer les frais et vous rembourser d'ici vendredi.")).toEqual([]);
    expect(findings("We'll remove the late fee and refund the £12 today.")).toEqual([]);
    expect(findings("Delete your post and we'll sort the refund.")).toContain("threat/high");
  });
  it("hears an opening question thrown back with a laugh as mocking, not a question alone nor a laugh alone", () => {
    expect(findings("Trois semaines pour un colis ? On a connu pire 😅 Patience !")).toContain("sarcasm/warning");
    expect(findings("Hey, ten calls? Someone's keen 😂")).toContain("sarcasm/warning");
    expect(findings("Toujours pas de colis ? Désolés, on regarde tout de suite : envoyez-nous votre numéro de commande en MP.")).toEqual([]);
    expect(findings("Merci pour ce message, vous avez fait notre journée 😄")).toEqual([]);
  });
  it("hears a case put in a closed state, or a fix said to have solved it, against a customer who says it is not", () => {
    const still = "Toujours en panne ce soir, rien n'a changé.";
    expect(findings("Parfait, nous passons votre demande en clôturée. Bonne soirée !", still)).toContain("false-resolution/warning");
    expect(findings("Great, the reboot has fixed the problem, so I'll set your ticket to closed.", "It still drops every hour.")).toContain("false-resolution/warning");
    expect(findings("La mise à jour corrige le souci chez la plupart des clients : pouvez-vous nous dire votre modèle ?", still)).toEqual([]);
  });
  it("hears a trouble called normal or nothing to fear, and a wait made short by its number", () => {
    expect(findings("Ce genre de coupure est parfaitement habituel en hiver.")).toContain("minimising/warning");
    expect(findings("Honestly, there's no reason to worry, these blocks sort themselves out.")).toContain("minimising/warning");
    expect(findings("It's only a 3 hour wait, the crew will look after you.")).toContain("minimising/warning");
    expect(findings("Ce n'est pas normal, et nous en sommes désolés : un technicien passe demain.")).toEqual([]);
  });
  it("hears the rule given as the whole answer", () => {
    expect(findings("Bonjour, seul le titulaire peut changer l'offre. C'est notre règlement.")).toContain("dismissal/warning");
    expect(findings("Hi, a voucher is the only option available for this fare.")).toContain("dismissal/warning");
  });
});
