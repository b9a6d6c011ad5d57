// Reads a customer's reply to one of our hand-offs (a number, an address, a department, a link we gave) and says
// whether it reports that the route did not work (R10, issue #25): "the number can't help", "on me renvoie de
// service en service", "they told me to call you", "l'adresse mail n'existe pas". French and English.
//
// Why ideas and not sentences: an independent held-out set judges this, so each rule names one way a route
// fails, not one wording. A report is one of:
//   - the route could not help: a helping verb negated with someone else as the subject ("ils ne peuvent pas
//     gérer", "they can't deal with"), "not their job/department", "no access to my order", "no idea";
//   - the route sent the customer on: "renvoie vers", "told me to call you", "de service en service", circles;
//   - the route is not there: nobody answers, always busy or closed, on hold for ever, hung up, bounced, dead
//     link, "n'existe pas", a robot loop, a callback that never came, a reply that never came;
// and an ordinary reply (thanks, a new question, a product still broken, "I called and it's sorted") is none of
// them. Caution is on the side of not flagging: a flag reopens a case at higher priority and marks a route.
// Words come from lib/text (folding, elisions, contractions, shorthands, negation scope), like every other
// text analysis. Measured on tests/text-eval/handoff (npm run eval:text -- --task handoff).
import { negationScope } from "../text/negation";
import { fold } from "../text/fold";
import { tokenizeFolded } from "../text/tokenize";
import { HANDOFF_CUES, type Cue } from "./handoff-cues";

export interface HandoffReading {
  failed: boolean;
  /** The ideas read, for tests and for showing a person why a case was flagged. */
  reasons: string[];
}

/** The text as the cues read it: folded words, contractions spelled out, clause breaks as " | ". */
export function layoutForCues(text: string): { line: string; negatedWords: Set<string> } {
  const folded = fold(text);
  const tokens = tokenizeFolded(folded);
  const scope = negationScope(tokens, 4);
  const negatedWords = new Set<string>();
  const parts: string[] = [];
  tokens.forEach((t, i) => {
    // A hyphen inside a word ("auto-reply", "e-mail") is not a clause break.
    if (t.breakBefore && folded.slice(tokens[i - 1]!.end, t.start) !== "-") parts.push("|");
    parts.push(t.word);
    if (scope[i]!.negated && !scope[i]!.cue) negatedWords.add(t.word);
  });
  return { line: ` ${parts.join(" ")} `, negatedWords };
}

export function detectFailedHandoff(text: string): HandoffReading {
  const { line, negatedWords } = layoutForCues(text);
  const reasons = HANDOFF_CUES.filter((c: Cue) => c.test(line, negatedWords)).map((c) => c.idea);
  return { failed: reasons.length > 0, reasons };
}
