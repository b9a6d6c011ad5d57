// Words people type without their apostrophes, and texting shorthands, spelled out in full (issue #18).
// Why a map and not a model: the list is short, closed and must be predictable; each entry is a whole folded
// word, replaced only when it stands alone. Values are written with their apostrophes ("isn't"), so each
// reader lays them out its own way: the tokenizer splits them into words ("is", "not"), the guards' rule
// layout turns apostrophes into spaces ("isn t"), exactly as if the person had typed them.
//
// Left out on purpose: "dont" (a French word: "le colis dont je parle"), spelled out only for English text
// (EN_ONLY); "c" is contextual ("c pas normal" = "c'est pas normal", but "vitamine c"): see tokenize.ts.

export const SPELLED_OUT: Readonly<Record<string, string>> = {
  // English without apostrophes (unambiguous ones only).
  isnt: "isn't", cant: "can't", wont: "won't", didnt: "didn't", doesnt: "doesn't", arent: "aren't",
  wasnt: "wasn't", hasnt: "hasn't", havent: "haven't", couldnt: "couldn't", shouldnt: "shouldn't",
  wouldnt: "wouldn't", youre: "you're", thats: "that's", im: "i'm", ive: "i've",
  // English texting.
  u: "you", ur: "you're", pls: "please", plz: "please", cuz: "because", coz: "because",
  dosnt: "doesn't", dnt: "don't", gud: "good", tnx: "thanks", thanx: "thanks", thx: "thanks",
  // English customer-service abbreviations (an appointment, an account, tomorrow).
  appt: "appointment", acct: "account", tmrw: "tomorrow", tmr: "tomorrow",
  // French texting.
  ct: "c'etait", pk: "pourquoi", pq: "pourquoi", pcq: "parce que", pck: "parce que", ya: "il y a",
  jsp: "je sais pas", jsuis: "je suis", chui: "je suis", tjrs: "toujours", tjs: "toujours",
  tjr: "toujours", mtn: "maintenant", pb: "probleme", pbs: "problemes", pbm: "probleme", dsl: "desole",
  stp: "s'il te plait", svp: "s'il vous plait", bcp: "beaucoup", cbon: "c'est bon",
  mdp: "mot de passe", qd: "quand", qqch: "quelque chose", qqn: "quelqu'un",
  // French customer-service abbreviations (an order, an appointment, a subscription, a booking).
  cmd: "commande", cde: "commande", rdv: "rendez-vous", abo: "abonnement", resa: "reservation", dispo: "disponible",
  indispo: "indisponible", maj: "mise a jour", appart: "appartement", info: "information", infos: "informations",
  // French typed without apostrophes or letters ("c pa regle du tt", "cest bon", "jai recu").
  pa: "pas", tt: "tout", cest: "c'est", jai: "j'ai", jsui: "je suis",
};

/** Spelled out only when the text is known to be English. */
export const EN_ONLY: Readonly<Record<string, string>> = { dont: "don't" };

/** The full spelling of a folded word, or undefined when it is not a shorthand. */
export function spelledOut(word: string, lang?: "fr" | "en" | null): string | undefined {
  return SPELLED_OUT[word] ?? (lang === "en" ? EN_ONLY[word] : undefined);
}

let shortFor: Map<string, string[]> | null = null;

/** The shorthands that spell out to this one folded word ("commande": "cmd", "cde"), for search expansion. */
export function shorthandsOf(word: string): string[] {
  if (!shortFor) {
    shortFor = new Map();
    for (const [short, full] of Object.entries(SPELLED_OUT)) if (/^\p{L}+(-\p{L}+)*$/u.test(full)) shortFor.set(full, [...(shortFor.get(full) ?? []), short]);
  }
  return shortFor.get(word) ?? [];
}

let multiword: Map<string, string[]> | null = null;

/** The shorthands of expressions of several words ("mot de passe": "mdp"), by the folded expression. */
export function multiwordShorthands(): Map<string, string[]> {
  if (!multiword) {
    multiword = new Map();
    for (const [short, full] of Object.entries(SPELLED_OUT)) if (/^\p{L}+( \p{L}+)+$/u.test(full)) multiword.set(full, [...(multiword.get(full) ?? []), short]);
  }
  return multiword;
}
