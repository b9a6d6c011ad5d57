// The failed hand-off reader (issue #25) on replies written for this test, in other words than seed 001 and than
// the corpus: each line says a route we gave did not work (flag) or is an ordinary reply (no flag). The corpus
// figures are in tests/unit/text-eval-dev.test.ts; this file pins behaviours a reader would expect by name.
import { describe, expect, it } from "vitest";
import { detectFailedHandoff } from "@/lib/handoff/detect-failed-handoff";

const FAILED = [
  "votre conseillère au 09 m'a expliqué qu'elle ne pouvait rien faire pour une commande passée sur le site",
  "le service que vous m'avez indiqué me renvoie vers vous",
  "j'ai téléphoné trois fois, personne décroche jamais",
  "l'adresse mail que vous donnez renvoie un message d'erreur : destinataire inconnu",
  "Le lien est mort.",
  "le magasin dit que ça ne les concerne pas, c'est le site",
  "The hotline guy told me to message you on here",
  "I rang the number, they said it's not their department",
  "your email address bounced",
  "that link just gives me an error page",
  "been on hold for 40 minutes at that number then got cut off",
  "support keeps passing me from one team to another",
];
const ORDINARY = [
  "merci, j'ai appelé et tout est réglé",
  "j'appelle demain matin",
  "ma commande n'est toujours pas arrivée",
  "je ne peux pas appeler en journée, on peut voir ça ici ?",
  "Thanks, the link worked and I printed the label",
  "I called, they're sending a new one",
  "can you send me the number again?",
  "the sofa still has a stain on it",
  "nobody told me delivery was extra",
  "5/5 great service",
];

describe("detectFailedHandoff", () => {
  it.each(FAILED)("flags a report that the route failed: %s", (text) => {
    const r = detectFailedHandoff(text);
    expect(r.failed, JSON.stringify(r.reasons)).toBe(true);
    expect(r.reasons.length).toBeGreaterThan(0);
  });
  it.each(ORDINARY)("leaves an ordinary reply alone: %s", (text) => {
    expect(detectFailedHandoff(text)).toEqual({ failed: false, reasons: [] });
  });
  it("reads seed 001's report", () => {
    const seed = "la personne au numéro indiqué ne peut pas gérer les commandes web et me renvoie vers la plate-forme que j'appelle tous les jours";
    expect(detectFailedHandoff(seed).failed).toBe(true);
  });
});
