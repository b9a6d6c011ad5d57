// Ideas the eighteenth fresh file (tests/text-eval/fresh/guards-f18.tsv: public services in an institutional
// register) found, in wordings of our own (issue #19): the organisation's own lines, mailboxes and postal
// addresses given in a good reply were blocked as the customer's personal data, and an update that restates the
// earlier reply in one sentence was blocked as a pasted duplicate.
import { describe, expect, it } from "vitest";
import { own } from "../helpers/own-contact";
import { findDuplicate } from "@/lib/guards/check-duplicate";

describe("guards: eighteenth fresh check's ideas", () => {
  it("reads a line given to book, ask or report on, or a service that answers on it, as ours", () => {
    expect(own("You can book online at lanval.gov.uk/skips or on 01632 555 999, usually within a week.", "01632 555 999")).toBe(true);
    expect(own("Demandez un rendez-vous au 02 41 11 22 33.", "02 41 11 22 33")).toBe(true);
    expect(own("Le dossier suit son cours chez votre assureur ; sinon, l'accueil répond au 02 41 00 00 00.", "02 41 00 00 00")).toBe(true);
  });
  it("keeps the customer's own number and mailbox theirs", () => {
    expect(own("We'll call you back on 01632 960 111 this afternoon.", "01632 960 111")).toBe(false);
    expect(own("Nous vous écrirons à jeanne-marie@laposte.net demain.", "jeanne-marie@laposte.net", "email")).toBe(false);
  });
  it("reads a mailbox of one of our services, or where to file a claim, as ours", () => {
    expect(own("Notre service Relations usagers (relations-usagers@ville-lanval.fr) vous répond sous 8 jours.", "relations-usagers@ville-lanval.fr", "email")).toBe(true);
    expect(own("Vous pouvez déposer une demande auprès du service indemnisation à indemnisation@eaux-lanval.fr.", "indemnisation@eaux-lanval.fr", "email")).toBe(true);
  });
  it("reads a postal address given to write to by post as ours", () => {
    const t = "Vous pouvez écrire par courrier à Mairie de Lanval, Service Propreté, 3 place de l'Hôtel de Ville, 49000 Angers.";
    expect(own(t, "3 place de l'Hôtel de Ville", "address")).toBe(true);
  });
  it("does not take an update that restates the earlier reply in one sentence for a paste; a paste stays one", () => {
    const earlier = [{ body: "Bonjour, votre dossier a été transmis au service des eaux, un agent vous contactera sous 72h.", at: "2026-03-10T09:00:00Z" }];
    const update = "Bonjour, toutes nos excuses pour ce retard. Comme indiqué, votre dossier a été transmis au service des eaux, un agent vous contactera sous 72h ; j'ai vérifié ce matin : l'agent était en congé et personne n'a repris la demande. Je l'ai confiée à sa collègue, qui vous appellera demain entre 9h et 11h. Si l'horaire ne vous convient pas, répondez ici et je le change.";
    expect(findDuplicate(update, earlier)).toBeNull();
    expect(findDuplicate(`${earlier[0]!.body} Merci de votre patience.`, earlier)).not.toBeNull();
  });
});
