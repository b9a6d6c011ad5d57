// Sentiment and urgency lexicons, French and English, as folded words (lib/text/fold.ts) matched on
// their stems. Values: -3 (very negative) … +3 (very positive). Kept short and readable on purpose: every word
// here was checked against the labelled set in tests/scoring/ (npm run eval:sentiment prints the accuracy).
import { COMPLAINT, LEGAL, PRESS, THREAT, termsPattern } from "../text/signals";

export const WORDS: Record<string, number> = {
  // French, negative
  inadmissible: -3, scandaleux: -3, honteux: -3, honte: -3, lamentable: -3, nul: -2, nulle: -2, arnaque: -3, vol: -2,
  pire: -3, horrible: -3, deplorable: -3, inacceptable: -3, catastrophe: -3, catastrophique: -3, absurde: -2,
  decu: -2, decue: -2, deception: -2, decevant: -2, degoute: -3, furieux: -3, furieuse: -3, mecontent: -2, mecontente: -2,
  enerve: -2, agace: -2, marre: -2, pénible: -2, penible: -2, probleme: -1, souci: -1, retard: -1, retards: -1,
  abime: -2, abimee: -2, casse: -2, cassee: -2, raye: -2, rayee: -2, perdu: -2, introuvable: -2, bloque: -1,
  jamais: -1, toujours: 0, rien: -1, impossible: -2, incapable: -2, incapables: -2, dangereux: -2, blesse: -2,
  rembourse: 0, remboursee: 0, regrette: -2, mauvais: -2, mauvaise: -2, plainte: -2, plains: -1, plaint: -1,
  menace: -2, punition: -2, desorganise: -2, raccroche: -2, ecaille: -2, trempe: -2, eventre: -2, annulee: -1,
  serieux: 1, normal: 1, affaisse: -2, debite: -1, facture: 0, fuyez: -3, moque: -2, moquer: -2, attends: -1,
  attendre: -1, attente: -1, patience: -1, contente: 2, content: 2, satisfait: 2, satisfaite: 2,
  // French, positive
  merci: 1, super: 2, parfait: 3, parfaite: 3, genial: 3, geniaux: 3, top: 2, bravo: 2, excellent: 3, magnifique: 3,
  adore: 3, ravi: 3, ravie: 3, recommande: 2, nickel: 3, sympa: 2, rapide: 1, confortable: 2, apprecie: 2,
  regle: 2, resolu: 2, beau: 2, belle: 2, bien: 1, enfin: 0, agreablement: 2, surprise: 1,
  // English, negative
  unacceptable: -3, worst: -3, terrible: -3, awful: -3, horrible_en: -3, ridiculous: -3, pathetic: -3, shameful: -3,
  disgusting: -3, disappointed: -2, disappointing: -2, frustrated: -2, angry: -3, furious: -3, upset: -2,
  damaged: -2, broken: -2, broke: -2, scratched: -2, lost: -2, ruined: -2, poor: -2, cheap: -1, waste: -2,
  never: -1, nothing: -1, refuse: -2, wrong: -2, missing: -2, dangerous: -2, regret: -2, avoid: -2, joke: -2,
  fed: -2, done: 0, complaint: -2, unbelievable: -2, impressed: 2, happy: 2, okay: 1, ok: 1, cool: 1, thin: -1,
  hidden: -1, smells: -1, waiting: -1, still: 0, problem: -1, issue: -1, late: -1, delay: -1, fire: -2,
  // English, positive
  thanks: 1, thank: 1, great: 2, perfect: 3, love: 3, gorgeous: 3, lovely: 2, brilliant: 3, amazing: 3, excellent_en: 3,
  comfy: 2, recommend: 2, sorted: 2, solved: 2, appreciated: 2, delighted: 3, rock: 2, wonderful: 3, kind: 2,
  work: 1, working: 1, fonctionne: 1, marche: 1, fast: 1, quick: 1, finally: 0, pleasantly: 2, surprised: 1, listens: 2, good: 2, nice: 2, fixing: 1,
};

/** Phrases read before words (folded, space-separated); their words are not scored again. */
export const PHRASES: [string, number][] = [
  ["merci pour rien", -3], ["thanks for nothing", -3], ["pas mal", 2], ["not bad", 2], ["rien a redire", 3],
  ["nothing to complain", 3], ["toujours rien", -2], ["toujours pas", -2], ["still nothing", -2], ["still no", -2],
  ["still waiting", -2], ["still hasn't", -2], ["still has not", -2], ["zero reponse", -3], ["sans reponse", -2],
  ["no answer", -2], ["no reply", -2], ["pas de reponse", -2], ["without a reply", -2], ["aucune reponse", -2],
  ["personne ne repond", -2], ["nobody answers", -2], ["nobody replies", -2], ["no one can", -2], ["jamais arrive", -2],
  ["never arrived", -2], ["jamais livre", -2], ["pas livre", -2], ["rien recu", -2], ["nothing delivered", -2],
  ["n'importe quoi", -2], ["importe quoi", -2], ["ras le bol", -3], ["on se moque", -3], ["same here", -1],
  ["me too", -1], ["moi aussi", -1], ["meme probleme", -2], ["same problem", -2], ["au secours", -2],
  ["pas terrible", -2], ["not cool", -2], ["bel exemple", -2], ["what not to do", -2], ["ne faut pas faire", -2],
  ["cas d'ecole", -1], ["cas d ecole", -1], ["textbook example", -1], ["i'm done", -2], ["im done", -2],
  ["nulle part", -2], ["fait monter la pression", -2], ["not what i", -2], ["rien a voir", -2], ["pas normal", -2],
  ["not okay", -2], ["no apology", -2], ["bien au contraire", 2], ["quite the opposite", 2], ["vous abstenir", -2],
  ["m'abstenir", -2], ["stopped working", -2], ["no idea", -2], ["aucune idee", -2], ["avant de commander", -1], ["abstenir", -2], ["pour rien", -2], ["jouez la montre", -2], ["mal servi", -3], ["mal conseille", -2],
];

export const NEGATORS = new Set(["pas", "ne", "jamais", "plus", "aucun", "aucune", "sans", "not", "no", "never", "without", "nobody", "personne"]);
export const INTENSIFIERS = new Set(["tres", "vraiment", "trop", "tellement", "totalement", "completement", "franchement",
  "very", "really", "so", "too", "totally", "absolutely", "extremely", "such"]);

/** Urgency cues (regular expressions on the folded text) and their weight 0 … 100; `grave`: a complaint even
 *  when worded calmly. Legal, press and threat words come from the one list in lib/text/signals.ts. */
export const URGENCY: [RegExp, number, "grave"?][] = [
  [termsPattern([...LEGAL, ...COMPLAINT]), 60, "grave"],
  [termsPattern(PRESS), 55, "grave"],
  [/\b(dangereux|dangerous|blesse|injured|hurt|feu|fire|brule|burn|securite|safety|medicalise)\b/, 60, "grave"],
  [/\b(urgent|urgence|urgently|asap|immediatement|immediately|maintenant|right now|now|aujourd'hui|today|au secours|help)\b/, 45],
  [/\b(debite deux fois|charged twice|deux fois|twice|rendez-moi|give me my money|money back|rembourse[ez]? immediatement)\b/, 40],
  [termsPattern(THREAT), 30],
];
