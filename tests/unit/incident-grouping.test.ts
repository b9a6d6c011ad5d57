// Incident grouping (R7) on paraphrases: French and English complaints about one problem (the app refuses to
// log in after the update) form one group; complaints about other things stay out, and one customer writing
// three times is not an incident.
import { describe, expect, it } from "vitest";
import { complaintDoc } from "@/lib/incidents/complaint-doc";
import { groupComplaints, type ComplaintDoc } from "@/lib/incidents/group-complaints";
import { isMeToo } from "@/lib/incidents/similarity";

const t0 = Date.parse("2026-11-20T10:00:00Z");
let n = 0;
const doc = (text: string, lang: "fr" | "en", contact = `c${++n}`, minutes = n * 7): ComplaintDoc & { text: string } => ({
  ...complaintDoc({ caseId: `case-${n}`, contactId: contact, at: new Date(t0 + minutes * 60_000), messages: [{ body: text, language: lang }] })!,
  text,
});

const login = [
  doc("Impossible de me connecter à l'application depuis la mise à jour, erreur de mot de passe", "fr"),
  doc("Depuis la dernière mise à jour l'appli refuse ma connexion, mot de passe incorrect alors qu'il est bon", "fr"),
  doc("Je n'arrive plus à me connecter sur l'app, ça affiche une erreur à la connexion", "fr"),
  doc("Since the update I can't log in to the app, it says my password is wrong", "en"),
  doc("App login broken after the latest update — password error every time", "en"),
  doc("Connexion impossible sur l'application : erreur mot de passe, depuis hier", "fr"),
];
// Other problems, each from one customer (complaints, so they have a document; none forms a group).
const others = [
  doc("Mon canapé est arrivé avec un pied cassé", "fr"),
  doc("Where is my refund? I returned the lamp three weeks ago", "en"),
  doc("Le magasin de Lyon était fermé samedi alors que le site le disait ouvert", "fr"),
  doc("The wardrobe I received is the wrong colour, not what I ordered", "en"),
  doc("Livreur très désagréable, il a jeté le carton devant la porte", "fr"),
];

describe("groupComplaints", () => {
  it("groups French and English paraphrases of one problem and leaves unrelated complaints out", () => {
    const groups = groupComplaints([...login, ...others]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.caseIds.sort()).toEqual(login.map((d) => d.caseId).sort());
  });

  it("needs different customers: one person writing three times is not an incident", () => {
    const same = [0, 1, 2].map((i) => doc(login[i]!.text, "fr", "same-person"));
    expect(groupComplaints(same)).toHaveLength(0);
  });

  it("keeps complaints outside the time window apart", () => {
    const spread = login.slice(0, 4).map((d, i) => ({ ...d, at: new Date(t0 + i * 5 * 86_400_000) }));
    expect(groupComplaints(spread)).toHaveLength(0);
  });
});

describe("me too", () => {
  it("recognises French and English 'me too' replies, not a mere mention of the words", () => {
    for (const s of ["Pareil pour moi", "moi aussi toujours rien reçu !!", "+1. Et chez moi…", "Same here, ordered 10 days ago", "Idem, commande pas livrée", "Même chose ici."]) {
      expect(isMeToo(s), s).toBe(true);
    }
    for (const s of ["Le canapé existe en vert ?", "Parfait, merci", "Je suis pareillement surpris"]) expect(isMeToo(s), s).toBe(false);
  });
});
