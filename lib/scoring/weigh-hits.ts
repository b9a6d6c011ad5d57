// Step 4 of score-message.ts for the lexicon hits: negation (a negated praise is a complaint, a negated
// criticism is praise, a negated event is an absence), intent ("je veux annuler"), polite thanks, intensifiers
// and "trop/too", and a negation that flips nothing. Separate because it is the part of the scorer that reads
// the negation scope (lib/text/negation.ts); the totals stay in score-message.ts, reached through `add`.
import type { Scoped } from "../text/negation";
import type { Token } from "../text/tokenize";
import type { Hit } from "./match-lexicon";
import { AS_MUCH, INTENT, NEVER, NO_WAIT_CUES, POSITIVE, REQUEST, THANKS } from "./sentiment-cues";
import { EXCESS, INTENSIFIERS, type Concept } from "./sentiment-lexicon";
import type { Sentence } from "./split-sentences";

/** Weighs every hit in order and passes its value to `add`; returns what steps 6b and 7 read back. */
export function weighHits(
  tokens: Token[],
  scope: Scoped[],
  covered: boolean[],
  hits: Hit[],
  feared: boolean[],
  quotedTok: boolean[],
  sentences: Sentence[],
  f: string,
  clause: number[],
  add: (concept: Concept, value: number, at: number, offset: number) => void,
) {
  let lastResolved = -1; // the last clause that says a problem was put right
  let lastResolvedAt = -1; // and the token where it says so
  let resolved = false;
  const usedCue = new Array<boolean>(tokens.length).fill(false);
  const hitValue = new Array<number>(hits.length).fill(0);
  // The negation cue that governs token i: the nearest cue before it in the same negation scope, unless that cue
  // belongs to a phrase already read ("c'est pas rien" does not negate what follows it).
  const cueOf = (i: number): number => {
    if (!scope[i]!.negated || scope[i]!.cue) return -1;
    for (let k = i - 1; k >= 0; k--) {
      if (!scope[k]!.negated) return -1;
      if (scope[k]!.cue) return covered[k] ? -1 : k;
      if (tokens[k]!.breakBefore) return -1;
    }
    return -1;
  };
  hits.forEach((h, n) => {
    if ((feared[h.start] && !POSITIVE.has(h.concept)) || quotedTok[h.start]) return;
    const t = tokens[h.start]!;
    let concept = h.concept;
    let value = POSITIVE.has(concept) ? h.value : -h.value;
    // A negation cue inside the phrase (ne, pas, no…) was read by the phrase itself.
    for (let k = h.start; k < h.end; k++) if (scope[k]!.cue) usedCue[k] = true;
    const single = h.end - h.start === 1;
    let cue = cueOf(h.start);
    // "Never felt this let down", "jamais été aussi déçu": a comparison with everything before, not a negation.
    if (cue >= 0 && NEVER.has(tokens[cue]!.word) && tokens.slice(cue + 1, h.start).some((x) => AS_MUCH.has(x.word))) {
      usedCue[cue] = true;
      cue = -1;
      value *= 1.5;
    }
    if (cue >= 0) {
      // The cue and the cues of the same negation ("ne … pas") are read with this word.
      for (let k = cue; k >= 0 && scope[k]!.negated; k--) {
        if (scope[k]!.cue) usedCue[k] = true;
        if (tokens[k]!.breakBefore) break;
      }
      for (let k = cue + 1; k < tokens.length && scope[k]!.negated && (k <= h.start || !tokens[k]!.breakBefore); k++) {
        if (scope[k]!.cue) usedCue[k] = true;
      }
      if (concept === "praise" || concept === "good") [concept, value] = ["bad", -Math.abs(value)];
      else if (concept === "bad") [concept, value] = ["litotes", Math.abs(value) * 0.7];
      else if (concept === "event" || concept === "resolved") [concept, value] = ["absence", -2];
      else if (concept === "loyal") [concept, value] = ["litotes", 2];
      else if (concept === "failure") [concept, value] = ["resolved", 1]; // "no more dropped calls", "plus de bug"
      else if (concept === "money" || concept === "threat" || concept === "churn") value = 0;
      // A wait negated right after its cue ("jamais d'attente", "no queue", "never had to wait") is praise; further
      // off it keeps its sign: "haven't had it for months" (the positive ones are phrases: "sans attendre").
      else if (concept === "delay" && h.start - cue <= 3 && NO_WAIT_CUES.has(tokens[cue]!.word)) [concept, value] = ["resolved", 1];
    } else if (concept === "loyal" || concept === "event" || concept === "expect" || concept === "neutral") value = 0;
    // What the customer wants to do is not what went wrong: "je veux annuler", "how do I cancel", "j'adore
    // pouvoir bloquer ma carte".
    if (concept === "failure" && cue < 0 && tokens.slice(Math.max(0, h.start - 3), h.start).some((x) => INTENT.has(x.word))) value = 0;
    // Thanks closing a question are politeness ("Vous ouvrez dimanche ? Merci").
    if (concept === "praise" && THANKS.has(t.word) && sentences.some((x) => x.question && !x.rhetorical)) value = 0;
    if (concept === "churn" && cue < 0 && tokens.slice(Math.max(0, h.start - 3), h.start).some((x) => INTENT.has(x.word))) value *= 0.4;
    // "Merci de me rappeler" asks; it does not thank.
    if (concept === "praise" && REQUEST.test(f.slice(t.start, t.start + 40))) value = 0;
    if (concept === "resolved" && value > 0) {
      resolved = true;
      lastResolved = Math.max(lastResolved, clause[h.start]!);
      lastResolvedAt = Math.max(lastResolvedAt, h.start);
    }
    // Intensifier or "trop/too" just before.
    const prev = h.start > 0 && !t.breakBefore ? tokens[h.start - 1]!.word : "";
    const prev2 = h.start > 1 && !t.breakBefore && !tokens[h.start - 1]!.breakBefore ? tokens[h.start - 2]!.word : "";
    if (INTENSIFIERS.has(prev) || INTENSIFIERS.has(prev2) || EXCESS.has(prev)) value *= 1.5;
    // An intensifier that is also a word of the lexicon ("super rapide") counts once, as an intensifier.
    const next = hits[n + 1];
    if (single && INTENSIFIERS.has(t.word) && next && next.start === h.end && !tokens[h.end]!.breakBefore) return;
    hitValue[n] = value;
    if (value !== 0) add(concept, value, h.start, t.start);
  });

  // "trop / too" before a plain word: an excess ("trop petit", "too short").
  tokens.forEach((t, i) => {
    const nx = tokens[i + 1];
    if (EXCESS.has(t.word) && nx && !nx.breakBefore && !covered[i + 1] && !covered[i]) add("mismatch", -1.5, i, t.start);
  });

  // A negation that flipped nothing, in a statement: something did not happen ("les deux autres n'y sont pas").
  let lastGeneric = -10;
  tokens.forEach((t, i) => {
    if (!scope[i]!.cue || usedCue[i] || covered[i]) return;
    let same = lastGeneric >= 0;
    for (let k = lastGeneric + 1; k <= i && same; k++) same = scope[k]!.negated && !tokens[k]!.breakBefore;
    lastGeneric = i;
    if (same) return; // "ne … pas" is one negation
    add("absence", -1, i, t.start);
  });
  return { hitValue, resolved, lastResolved, lastResolvedAt };
}
