// Negation scope over tokens (tokenize.ts), French and English (issue #18): which words a negation applies to,
// so a reader can flip or drop them ("pas content", "not happy", "nous ne vous bloquerons pas").
//
// Contract: negationScope(tokens) returns, per token, whether it is a negation cue and whether it lies inside
// a negation's scope. A cue opens a scope over the tokens after it; "ne"/"n'" also covers the verb up to its
// second part ("n'est toujours pas résolu": est, toujours, pas, résolu are in scope). A scope ends:
//   - at a sentence or clause break (token.breakBefore: punctuation, emoji),
//   - at a contrast word (mais, pourtant, cependant, sauf, but, however, though, although, except),
//   - after `window` tokens (default 3) counted from the last cue (minimisers — "moindre", "single" — not counted).
// Cues: FR ne/n', pas, jamais, rien, aucun(e), sans, ni, nullement, guère, personne (before ne/n' or after a
// cue), "non" before a participle of completion ("non réglé"), and "plus" when it is negative (below); EN not
// (also from n't), no, never, without, nothing, nobody, none, neither, nor, cannot.
// It only says where negation applies: "pas mal" / "not bad" (a litotes) is for each reader to handle.
//
// "plus" heuristic (spoken French drops "ne": "ça marche plus"). "plus" is a negation when
//   1. a "ne"/"n'" opened the clause before it ("je ne reçois plus rien"), or
//   2. it is followed by de/d'/du/des/aucun/rien/jamais/personne/la peine — "plus de souci", "plus rien" —
//      but not by de + a number ("plus de 3 jours" = more than), or
//   3. it ends its clause after a word that is not an article or "en"/"non"/"de" ("ça marche plus !").
// It is comparative otherwise: before an adjective or adverb ("plus rapide", "plus tard"), before que/qu',
// after le/la/les/au/de/en/non/un/bien/encore/beaucoup ("le plus", "en plus", "de plus en plus", "non plus").
import type { Token } from "./tokenize";

export interface Scoped {
  /** The token negates (ne, pas, not, jamais, negative "plus", …). */
  cue: boolean;
  /** The token lies inside a negation's scope. */
  negated: boolean;
}

const CUES = new Set(["ne", "n'", "pas", "jamais", "rien", "aucun", "aucune", "sans", "ni", "nullement", "guere",
  "not", "no", "never", "without", "nothing", "nobody", "none", "neither", "nor", "cannot"]);
const CONTRAST = new Set(["mais", "pourtant", "cependant", "sauf", "but", "however", "though", "although", "except"]);
const PLUS_NEG_NEXT = new Set(["de", "d'", "du", "des", "aucun", "aucune", "rien", "jamais", "personne", "la"]);
const PLUS_COMPARATIVE_PREV = new Set(["le", "la", "les", "l'", "au", "de", "d'", "en", "non", "un", "une", "bien", "encore",
  "beaucoup", "sans", "et", "ou", "the"]);

/** True when "plus" at index i is a negation (see the heuristic above); `neOpen`: a ne/n' opened the clause. */
export function isNegativePlus(tokens: Token[], i: number, neOpen: boolean): boolean {
  if (neOpen) return true;
  const prev = i > 0 && !tokens[i]!.breakBefore ? tokens[i - 1]!.word : null;
  if (prev !== null && PLUS_COMPARATIVE_PREV.has(prev)) return false;
  const next = tokens[i + 1];
  if (!next || next.breakBefore) return prev !== null;
  if (next.word === "la") return tokens[i + 2]?.word === "peine";
  if (PLUS_NEG_NEXT.has(next.word)) return !(/^d/.test(next.word) && /^\d/.test(tokens[i + 2]?.word ?? ""));
  return false;
}

/** Participles "non" negates (folded): the completions customers deny ("Non réglé.", "colis non reçu"). */
const NON_PARTICIPLE = new Set(["regle", "reglee", "regles", "resolu", "resolue", "resolus", "recu", "recue", "recus",
  "rembourse", "remboursee", "rembourses", "livre", "livree", "livres", "traite", "traitee", "fait", "faite", "repare",
  "reparee", "corrige", "corrigee", "effectue", "effectuee", "termine", "terminee", "valide", "validee", "solde", "soldee"]);

/** Words that narrow what is negated without being it ("jamais eu LE MOINDRE souci", "not A SINGLE issue"): they
 * do not use up the window, so the noun after them is still in scope. */
const MINIMISER = new Set(["moindre", "seul", "seule", "single", "slightest", "least", "tiny"]);

/** Per token: negation cue, and inside a negation's scope (contract above). */
export function negationScope(tokens: Token[], window = 3): Scoped[] {
  const out: Scoped[] = tokens.map(() => ({ cue: false, negated: false }));
  let left = 0;
  let neOpen = false;
  tokens.forEach((t, i) => {
    if (t.breakBefore || CONTRAST.has(t.word)) {
      left = 0;
      neOpen = false;
    }
    let cue = CUES.has(t.word);
    if (t.word === "plus") cue = isNegativePlus(tokens, i, neOpen);
    // "non" before a participle of completion ("non réglé", "non reçu", "non remboursée") negates it; "non" alone
    // is an answer ("Non, merci") and "non plus" a comparison.
    if (t.word === "non") cue = NON_PARTICIPLE.has(tokens[i + 1]?.word ?? "") && !tokens[i + 1]!.breakBefore;
    // "personne" is "nobody" next to a negation ("personne ne répond", "je ne vois personne"), else "a person".
    if (t.word === "personne") cue = neOpen || ["ne", "n'"].includes(tokens[i + 1]?.word ?? "");
    if (left > 0) out[i]!.negated = true;
    if (cue) {
      out[i]!.cue = true;
      out[i]!.negated = true;
      left = window;
      // "ne … pas": ne keeps the scope open over the verb; the second part closes it, and the scope then
      // runs `window` tokens on.
      neOpen = t.word === "ne" || t.word === "n'";
    } else if (left > 0 && !MINIMISER.has(t.word)) left = neOpen ? Math.max(left - 1, 1) : left - 1;
  });
  return out;
}
