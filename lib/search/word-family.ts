// The other words a customer may have written for the idea of one search word (issue #24): "livraison" is
// also "livrer", "livrée", "ils livrent"; "delivery" is also "delivered". PostgreSQL's Snowball stemmers join
// inflections (livrée/livré, refunded/refund) but not derivations (livraison ↔ livr, delivery ↔ deliv), nor the
// verb forms they leave whole ("livrent"). The search ORs a word with its family at query time, so the index
// and ingestion are unchanged.
//
// French: a noun is tied to a verb only when the verb is in Lefff (french-infinitives.json), through the
// suffix pairs of French derivation (-aison/-ement/-ation/… ↔ -er/-ir); a verb form or participle is tied to
// its infinitive by stem. English has no lexicon here, so its pairs are rules whose wrong guesses ("ordery")
// are words nobody writes and match nothing. Contract: pure; input any word as typed; output the folded word
// and its relatives per language (search-sql.ts queries each list with its own language's stemmer).
import { fold } from "../text/fold";
import { stemsOf } from "../text/stem";
import { stemmer as frStem } from "@orama/stemmers/french";
import infinitives from "./french-infinitives.json";

/** [noun ending, verb ending]: livraison/livrer, remboursement/rembourser, résiliation/résilier, … */
const FR_NOUN_VERB: [string, string][] = [
  ["aison", "er"], ["iement", "yer"], ["issement", "ir"], ["ement", "er"], ["ement", "re"], ["cation", "quer"],
  ["ication", "ier"], ["ation", "er"], ["ition", "ier"], ["ition", "ir"], ["ption", "re"], ["xion", "cter"],
  ["sion", "der"], ["ession", "imer"], ["cage", "quer"], ["gage", "guer"], ["age", "er"], ["eture", "er"], ["ure", "er"],
  ["ateur", "er"], ["atrice", "er"], ["eur", "er"], ["euse", "er"], ["oi", "oyer"], ["onse", "ondre"], ["e", "er"], ["", "er"],
];
/** Families no suffix rule reaches (the noun and the verb or adjective share no regular ending). */
const FR_IRREGULAR: string[][] = [
  ["erreur", "errone", "erronee", "errones", "erronees"], ["plainte", "plaindre", "plaint", "plains", "plaignent"],
  ["vente", "vendre", "vendu", "vendue"], ["recu", "recue", "recevoir", "reception", "recoit", "recoivent"],
];
/** Endings of a regular verb's forms that Snowball leaves apart from its stem (ils livrent, livrera). */
const FR_ER_FORMS = ["er", "e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "ant", "era", "eront", "erait"];
const FR_IR_FORMS = ["ir", "i", "is", "it", "issent", "issait", "ira"];

/** [noun ending, verb ending]: delivery/deliver, payment/pay, arrival/arrive, failure/fail, acceptance/accept. */
const EN_NOUN_VERB: [string, string][] = [
  ["ery", "er"], ["ment", ""], ["al", "e"], ["ure", ""], ["ance", ""], ["ation", "e"], ["ption", "be"], ["ion", "e"],
  ["aint", "ain"],
];
const EN_IRREGULAR: string[][] = [
  ["pay", "paid", "payment"], ["send", "sent"], ["lose", "lost", "loss"], ["break", "broke", "broken", "breakage"],
  ["buy", "bought"], ["leave", "left"], ["get", "got"], ["take", "took", "taken"], ["ship", "shipped", "shipment"],
];

let verbIndex: { folded: Set<string>; byStem: Map<string, string[]> } | null = null;

/** Folded infinitives, and infinitives by the stem of any of their forms' spellings (accented or not). */
function verbs() {
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
function frenchFamilyOfVerb(inf: string): string[] {
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

function frenchFamily(word: string, lower: string): string[] {
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
  // A verb form or participle ("livrée", "livrent" is left alone by Snowball: no family through it).
  for (const s of new Set([fold(frStem(lower)), frStem(word)])) for (const inf of byStem.get(s) ?? []) found.add(inf);
  const irregular = FR_IRREGULAR.filter((g) => g.includes(word) || g.includes(word.replace(/[sx]$/, ""))).flat();
  return [...[...found].flatMap(frenchFamilyOfVerb), ...irregular];
}

/** British and American spellings of one word: colour/color, centre/center, apologise/apologize, licence/license. */
function englishSpellings(w: string): string[] {
  const out: string[] = [];
  if (w.length >= 6 && w.endsWith("our")) out.push(w.slice(0, -3) + "or");
  if (w.length >= 5 && /[^aeiou]or$/.test(w)) out.push(w.slice(0, -2) + "our");
  if (w.length >= 5 && /[tb]re$/.test(w)) out.push(w.slice(0, -2) + "er");
  if (w.length >= 5 && /[tb]er$/.test(w)) out.push(w.slice(0, -2) + "re");
  for (const [uk, us] of [["is", "iz"], ["ys", "yz"], ["ence", "ense"], ["ogue", "og"]] as const) {
    const m = new RegExp(`${uk}(e|es|ed|ing|ation|ations)?$`).exec(w);
    if (m && w.length - m[0].length >= 3) out.push(w.slice(0, m.index) + us + (m[1] ?? ""));
    const n = new RegExp(`${us}(e|es|ed|ing|ation|ations)?$`).exec(w);
    if (n && w.length - n[0].length >= 3) out.push(w.slice(0, n.index) + uk + (n[1] ?? ""));
  }
  return out;
}

/**
 * "i before e" turned round ("recieved", "beleive"): the word with that pair swapped. A wrong guess is a word
 * nobody writes and matches nothing.
 */
function ieSwapped(w: string): string[] {
  return [...w.matchAll(/ie|ei/g)].map((m) => w.slice(0, m.index) + (m[0] === "ie" ? "ei" : "ie") + w.slice(m.index + 2));
}

/** Prefixes that keep a participle's meaning in view: undelivered, overcharged, underpaid, unpaid. */
const EN_PREFIXES = ["un", "over", "under"];

function englishFamily(word: string): string[] {
  const out: string[] = [...englishSpellings(word), ...ieSwapped(word)];
  for (const group of EN_IRREGULAR) if (group.includes(word)) out.push(...group);
  const verbsOfNoun: string[] = [];
  for (const [noun, verb] of EN_NOUN_VERB) {
    if (word.endsWith(noun) && word.length - noun.length >= 3) verbsOfNoun.push(word.slice(0, word.length - noun.length) + verb);
  }
  out.push(...verbsOfNoun);
  // A verb form: its base by the English stem ("delivered" → "deliv"); nouns from the base as written.
  const base = word.replace(/(ied|ies)$/, "y").replace(/(ed|ing|es|s)$/, "");
  if (base.length >= 3 && base !== word) out.push(base, base + "e");
  for (const b of [base, base + "e", word]) if (b.endsWith("be")) out.push(b.slice(0, -2) + "ption");
  if (base.endsWith("ain")) out.push(base + "t"); // complained: complaint
  const verbLike = base !== word ? base : /(ment|ion|y|al|ure|ance)$/.test(word) ? "" : word;
  if (verbLike.length >= 3) out.push(verbLike + "y", verbLike + "ment", verbLike + "al");
  // The participles of the family, prefixed ("delivery": undelivered; "charged": overcharged).
  const participles = [...out, word].filter((w) => /(ed|id|en|ught|[^e]nt|st)$/.test(w) && !/(ment|ance)$/.test(w)
    && !EN_PREFIXES.some((p) => w.startsWith(p)));
  for (const v of [verbLike, ...verbsOfNoun]) if (v.length >= 3) participles.push(v.endsWith("e") ? v + "d" : v + "ed");
  for (const p of new Set(participles)) if (p.length >= 4) out.push(...EN_PREFIXES.map((x) => x + p));
  return out;
}

export interface WordFamily {
  /** The word, folded: searched in both languages. */
  word: string;
  /** French relatives, to search with the French stemmer only (so "pay" from "payment" cannot meet "payé"). */
  fr: string[];
  /** English relatives, to search with the English stemmer only. */
  en: string[];
  /** The word as it was surely meant, when `fr` is the family of a word one keystroke away ("remboursment"). */
  typoOf?: string;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Words one keystroke away (a letter left out, added, swapped with the next, or mistyped). */
function oneEditAway(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= w.length; i++) {
    if (i < w.length) out.push(w.slice(0, i) + w.slice(i + 1));
    if (i < w.length - 1) out.push(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
    for (const c of LETTERS) {
      out.push(w.slice(0, i) + c + w.slice(i));
      if (i < w.length) out.push(w.slice(0, i) + c + w.slice(i + 1));
    }
  }
  return out;
}

/**
 * The French family of a long word that has none, read as a typo of a word that has one ("remboursment" →
 * "remboursement": rembourser's family). Only when one French verb is one keystroke away: an ambiguous typo,
 * or a word of another language near no French derivation, keeps no family. Search finds misspelt words whose stem
 * happens to match something ("remboursment" meets "rembours" in English) without their family otherwise, and the
 * look-alike retry (correct-typos.ts) does not run for a search that finds something.
 */
function typoFamily(f: string): { family: string[]; typoOf: string } | null {
  if (f.length < 8) return null;
  const { folded } = verbs();
  const infinitives = new Map<string, string>(); // infinitive → the first spelling that led to it
  for (const v of oneEditAway(f)) {
    for (const [noun, verb] of FR_NOUN_VERB) {
      if (noun === "" || !v.endsWith(noun)) continue;
      const inf = v.slice(0, v.length - noun.length) + verb;
      if (folded.has(inf) && !infinitives.has(inf)) infinitives.set(inf, v);
    }
  }
  if (infinitives.size !== 1) return null;
  const [[inf, typoOf]] = [...infinitives] as [[string, string]];
  return { family: frenchFamilyOfVerb(inf), typoOf };
}

const families = new Map<string, WordFamily>();
const FAMILIES_KEPT = 2_000;

/**
 * A search word and its relatives in each language (at most 30 each; none that the word's stems already reach).
 * Pure, so remembered: one search asks for the same word's family several times (the typo check, the count, the
 * list's conditions, its ranking, the highlight), and a long word without a family tries ~700 one-keystroke
 * spellings. Callers must not change what they get.
 */
export function wordFamily(word: string): WordFamily {
  let family = families.get(word);
  if (!family) {
    if (families.size >= FAMILIES_KEPT) families.clear();
    family = computeWordFamily(word);
    families.set(word, family);
  }
  return family;
}

function computeWordFamily(word: string): WordFamily {
  const f = fold(word);
  if (!/^\p{L}{3,}$/u.test(f)) return { word: f, fr: [], en: [] };
  const [frS, enS] = stemsOf(f);
  const fresh = (list: string[], lang: 0 | 1) => [...new Set(list)]
    .filter((w) => w !== f && stemsOf(fold(w))[lang] !== (lang === 0 ? frS : enS)).slice(0, 30);
  const fr = fresh(frenchFamily(f, word.toLowerCase()), 0);
  const en = fresh(englishFamily(f), 1);
  if (fr.length) return { word: f, fr, en };
  const typo = typoFamily(f);
  return typo ? { word: f, fr: fresh(typo.family, 0), en, typoOf: typo.typoOf } : { word: f, fr, en };
}
