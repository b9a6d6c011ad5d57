// English relatives of a search word (word-family.ts). English has no lexicon here, so its pairs are rules whose
// wrong guesses ("ordery") are words nobody writes and match nothing. Pure; words in and out are folded.

/** [noun ending, verb ending]: delivery/deliver, payment/pay, arrival/arrive, failure/fail, acceptance/accept. */
const EN_NOUN_VERB: [string, string][] = [
  ["ery", "er"], ["ment", ""], ["al", "e"], ["ure", ""], ["ance", ""], ["ration", "er"], ["ation", "ate"], ["ation", "e"],
  ["ption", "be"], ["ion", "e"], ["aint", "ain"],
];
const EN_IRREGULAR: string[][] = [
  ["pay", "paid", "payment"], ["send", "sent"], ["lose", "lost", "loss"], ["break", "broke", "broken", "breakage"],
  ["buy", "bought"], ["leave", "left"], ["get", "got"], ["take", "took", "taken"], ["ship", "shipped", "shipment"],
  ["drive", "drove", "driven", "driving"], ["write", "wrote", "written", "writing"], ["give", "gave", "given"],
  ["bring", "brought"], ["ride", "rode", "ridden"], ["choose", "chose", "chosen"], ["forget", "forgot", "forgotten"],
  ["speak", "spoke", "spoken"], ["steal", "stole", "stolen"], ["tell", "told"], ["sell", "sold"], ["find", "found"],
  ["hold", "held"], ["keep", "kept"], ["feel", "felt"], ["meet", "met"], ["run", "ran"], ["begin", "began", "begun"],
  ["wear", "wore", "worn"], ["fall", "fell", "fallen"], ["freeze", "froze", "frozen"], ["hide", "hid", "hidden"],
  ["fly", "flew", "flown"], ["know", "knew", "known"], ["throw", "threw", "thrown"], ["go", "went", "gone"],
  ["come", "came"], ["see", "saw", "seen"], ["eat", "ate", "eaten"], ["do", "did", "done"], ["spend", "spent"],
  ["understand", "understood"], ["catch", "caught"], ["teach", "taught"], ["think", "thought"], ["pick", "picked"],
  // Closed compounds of a verb and a particle the index drops ("log in", "logged in"): the verb's forms.
  ["login", "log", "logged", "logging"], ["logout", "log", "logged"], ["signup", "sign", "signed", "signing"],
];

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
const EN_PREFIXES = ["un", "over", "under", "mis"];

/** Plurals in -ves: shelf/shelves, knife/knives, half/halves. */
function vesPlurals(w: string): string[] {
  if (w.endsWith("ves") && w.length > 5) return [w.slice(0, -3) + "f", w.slice(0, -3) + "fe"];
  if (/[^f]fe?$/.test(w) && w.length >= 4) return [w.replace(/fe?$/, "ves")];
  return [];
}

export function englishFamily(word: string): string[] {
  const out: string[] = [...englishSpellings(word), ...ieSwapped(word), ...vesPlurals(word)];
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
