// French relatives of a search word (word-family.ts): a noun is tied to a verb only when the verb is in Lefff
// (french-infinitives.json), through the suffix pairs of French derivation (-aison/-ement/-ation/… ↔ -er/-ir);
// a verb form or participle is tied to its infinitive by stem; verb classes and irregular families are listed.
// Pure; words in and out are folded (accents and case off) unless said otherwise.
import { fold } from "../text/fold";
import { stemmer as frStem } from "@orama/stemmers/french";
import infinitives from "./french-infinitives.json";

/** [noun ending, verb ending]: livraison/livrer, remboursement/rembourser, résiliation/résilier, … */
export const FR_NOUN_VERB: [string, string][] = [
  ["aison", "er"], ["iement", "yer"], ["issement", "ir"], ["ement", "er"], ["ement", "re"], ["cation", "quer"],
  ["ication", "ier"], ["ation", "er"], ["ition", "ier"], ["ition", "ir"], ["ption", "re"], ["xion", "cter"],
  ["sion", "der"], ["ession", "imer"], ["cage", "quer"], ["gage", "guer"], ["age", "er"], ["eture", "er"], ["ure", "er"],
  ["ateur", "er"], ["atrice", "er"], ["eur", "er"], ["euse", "er"], ["oi", "oyer"], ["onse", "ondre"], ["e", "er"], ["", "er"],
];
/** Families no suffix rule reaches (the noun and the verb or adjective share no regular ending). */
const FR_IRREGULAR: string[][] = [
  ["erreur", "errone", "erronee", "errones", "erronees"], ["plainte", "plaindre", "plaint", "plains", "plaignent"],
  ["vente", "vendre", "vendu", "vendue"], ["recu", "recue", "recevoir", "reception", "recoit", "recoivent"],
  ["location", "louer", "loue", "louee", "loues", "louees", "louent"], ["retrait", "retirer", "retire", "retiree"],
  ["depot", "deposer", "depose", "deposee"], ["achat", "acheter", "achete", "achetee", "achetent"],
];
/**
 * Verb classes whose forms and nouns no suffix pair reaches, by ending: [infinitive ending, its forms' endings].
 * écrire: écrit, j'écris, écriture; s'inscrire: inscrite, inscription; venir: venu, il vient; conduire: conduit,
 * conduite; réduire: réduction; mettre: mis, mise, vous mettez; permettre: permission; prendre: pris, prend.
 */
const FR_VERB_CLASSES: [string, string[]][] = [
  ["crire", ["crit", "crite", "crits", "crites", "cris", "crivent", "crivez", "cription", "criptions", "criture", "crivait"]],
  ["enir", ["enu", "enue", "enus", "enues", "iens", "ient", "iennent", "enez", "enait", "iendra"]],
  ["uire", ["uit", "uite", "uits", "uites", "uis", "uisent", "uisez", "uisait", "uction"]],
  ["mettre", ["mis", "mise", "mises", "mets", "met", "mettent", "mettez", "mission"]],
  ["prendre", ["pris", "prise", "prises", "prend", "prends", "prennent", "prenez", "prenait", "prendra"]],
];
/** Endings of a regular verb's forms that Snowball leaves apart from its stem (ils livrent, livrera). */
const FR_ER_FORMS = ["er", "e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "era", "eront", "erait"];
const FR_IR_FORMS = ["ir", "i", "is", "it", "issent", "issait", "ira"];

let verbIndex: { folded: Set<string>; byStem: Map<string, string[]> } | null = null;

/** Folded infinitives, and infinitives by the stem of any of their forms' spellings (accented or not). */
export function verbs() {
  if (verbIndex) return verbIndex;
  const folded = new Set<string>();
  const byStem = new Map<string, string[]>();
  for (const v of infinitives as string[]) {
    const f = fold(v);
    folded.add(f);
    for (const s of new Set([fold(frStem(v)), frStem(f)])) byStem.set(s, [...(byStem.get(s) ?? []), f]);
  }
  verbIndex = { folded, byStem };
  return verbIndex;
}

/** Forms of a (folded) French infinitive that its stem does not already reach, and the nouns derived from it. */
export function frenchFamilyOfVerb(inf: string): string[] {
  // Customers often write without accents ("remboursee"), which Snowball stems apart from "remboursée".
  const forms = frenchFormsOfVerb(inf);
  return [...forms, ...forms.map(fold)];
}

function frenchFormsOfVerb(inf: string): string[] {
  const out: string[] = [inf];
  const er = inf.endsWith("er");
  const base = inf.slice(0, -2);
  // The nouns of its derivations (livrer: livraison; supprimer: suppression; répondre: réponse).
  for (const [noun, verb] of FR_NOUN_VERB) if (inf.endsWith(verb) && verb !== "") out.push(inf.slice(0, -verb.length) + noun);
  if (er) {
    out.push(...FR_ER_FORMS.map((e) => base + e));
  } else if (FR_VERB_CLASSES.some(([end]) => inf.endsWith(end))) {
    const [end, forms] = FR_VERB_CLASSES.find(([e]) => inf.endsWith(e))!;
    const b = inf.slice(0, -end.length);
    // "mission" only after a prefix (permettre: permission; mettre alone has none).
    out.push(...forms.filter((f) => b !== "" || f !== "mission").map((f) => b + f));
  } else if (/[vf]rir$/.test(inf)) {
    // ouvrir: ouvert, ouverture, il ouvre; offrir: offert; couvrir: couverture; souffrir: souffert.
    const b = inf.slice(0, -3);
    out.push(...["ert", "erte", "erts", "ertes", "erture", "re", "res", "rent", "rira"].map((e) => b + e));
  } else if (inf.endsWith("cevoir")) {
    // recevoir, décevoir, percevoir, concevoir, apercevoir: reçu, déçue, déception, perception, il reçoit.
    const b = inf.slice(0, -6);
    out.push(...["çu", "çue", "çus", "çues", "ception", "ceptions", "çoit", "çoivent", "cevant", "cevra"].map((e) => b + e));
  } else if (inf.endsWith("ir")) {
    out.push(...FR_IR_FORMS.map((e) => base + e), base + "issement", base + "ition");
  } else if (inf.endsWith("dre")) {
    // attendre: attends, attendu, attente; vendre: vente; descendre: descente.
    const b = inf.slice(0, -2);
    out.push(b + "s", b, b + "ent", b + "u", b + "ue", b + "us", b + "ait", b + "ra", b.slice(0, -1) + "te");
  } else if (inf.endsWith("re")) {
    out.push(inf.slice(0, -2) + "ption", inf.slice(0, -2) + "t", inf.slice(0, -2) + "vent");
  }
  return out;
}

/** Endings of a verb's forms written without accents ("livree", "livrees"), which Snowball stems apart. */
const FORM_ENDINGS: [string, string][] = [
  ["ees", "er"], ["ee", "er"], ["es", "er"], ["e", "er"], ["ent", "er"], ["aient", "er"], ["ait", "er"], ["ant", "er"],
  ["eront", "er"], ["era", "er"], ["erait", "er"], ["ies", "ir"], ["ie", "ir"], ["is", "ir"], ["it", "ir"], ["issent", "ir"],
  ["s", "re"], ["u", "re"], ["ue", "re"], ["us", "re"], ["ent", "re"], ["te", "dre"],
  // ouvert, ouverture, il ouvre → ouvrir; offert → offrir (folded: "decue", "deception" → décevoir).
  ["ert", "rir"], ["erte", "rir"], ["erture", "rir"], ["re", "rir"], ["cu", "cevoir"], ["cue", "cevoir"], ["ception", "cevoir"],
  ["coit", "cevoir"],
];

export function frenchFamily(word: string, lower: string): string[] {
  const { folded, byStem } = verbs();
  const found = new Set<string>();
  // Plurals first: "livraisons" derives as "livraison".
  for (const w of new Set([word, word.replace(/[sx]$/, "")])) {
    for (const [noun, verb] of [...FR_NOUN_VERB, ...FORM_ENDINGS]) {
      // A stem of three letters at least, or two before a long ending ("dé-çue": décevoir).
      if (!w.endsWith(noun) || w.length - noun.length < (verb.length >= 5 ? 2 : 3)) continue;
      const inf = w.slice(0, w.length - noun.length) + verb;
      if (folded.has(inf)) found.add(inf);
    }
  }
  // A form of a verb class ("inscrite": inscrire; "venu": venir); "mis", "mise" have no prefix left to check.
  for (const [end, forms] of FR_VERB_CLASSES) {
    for (const f of forms) {
      const ff = fold(f);
      if (word.endsWith(ff) && word.length > ff.length && folded.has(word.slice(0, -ff.length) + end)) found.add(word.slice(0, -ff.length) + end);
    }
  }
  if (word === "mise" || word === "mis") found.add("mettre");
  // A verb form or participle ("livrée", "livrent" is left alone by Snowball: no family through it).
  for (const s of new Set([fold(frStem(lower)), frStem(word)])) for (const inf of byStem.get(s) ?? []) found.add(inf);
  const irregular = FR_IRREGULAR.filter((g) => g.includes(word) || g.includes(word.replace(/[sx]$/, ""))).flat();
  return [...[...found].flatMap(frenchFamilyOfVerb), ...irregular, ...frenchNegatives(word)];
}

/**
 * An adjective and its negative, both ways: disponible/indisponible, acceptable/inacceptable, actif/inactif,
 * payé/impayé; and the adjective of a noun in -bilité and back (indisponibilité/indisponible). Guesses nobody
 * writes match nothing.
 */
function frenchNegatives(word: string): string[] {
  const out: string[] = [];
  const noun = word.endsWith("bilite") ? word.slice(0, -6) + "ble" : null;
  if (noun) out.push(noun);
  for (const w of noun ? [word, noun] : [word]) {
    const bare = /^i[nm]/.test(w) && w.length > 6 ? w.slice(2) : null;
    if (bare) out.push(bare);
    else if (/(ble|if|ive|ide|ect|ecte|aye|ayee)$/.test(w)) out.push((/^[pbm]/.test(w) ? "im" : "in") + w);
    if (w.endsWith("ble")) out.push(w.slice(0, -3) + "bilite");
  }
  return out;
}
