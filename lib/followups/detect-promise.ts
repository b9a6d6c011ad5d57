// Finds a promise in a reply: a commitment to act ("nous vous rappelons", "sera livrée", "we'll call you back")
// together with a time ("demain", "sous 48 h", "today"), French or English. Dates are parsed by chrono-node;
// only the commitment cues and "sous N h" (which chrono's French parser does not know) are ours. The cues are
// matched on the folded sentence (lib/text/fold.ts: no accents, straight apostrophes), dates on the sentence as
// written; the offset map brings a cue's position back to the written sentence.
import * as chrono from "chrono-node";
import { foldWithMap } from "../text/fold";

export interface Promise_ {
  /** The sentence that made the promise, as written. */
  phrase: string;
  dueAt: Date;
}

const COMMITMENT: RegExp[] = [
  /\b(nous|on|je) (vous |l'|le |la |les )?(rappel|recontact|reviendr|revenons|revien|envoy|renvoy|livr|expedi|rembours|ferons|ferai|allons|vais|tiendr|tenons|transmet|transmettr|occup|proced|repass|passer)/,
  /\b(sera|seront|serez|sera bien) (livr|rembours|expedi|contact|rappel|envoy|traite|regle)/,
  /\b(livr|expedi)\w* en express\b/,
  /\b(we|i) ?('ll| will| shall| are going to| am going to) \w+/,
  /\bwill be (delivered|shipped|refunded|sent|replaced|fixed|in touch)/,
];

/** "sous 48 h" / "sous 2 jours" → "dans 48 heures" / "dans 2 jours", which chrono's French parser reads. */
function normalise(text: string): string {
  return text
    .replace(/\bsous\s+(\d+)\s*(h|heures?)\b/gi, "dans $1 heures")
    .replace(/\bsous\s+(\d+)\s*(j|jours?)\b/gi, "dans $1 jours");
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…\n])\s+/).map((s) => s.trim()).filter(Boolean);
}

export function detectPromise(text: string, writtenAt: Date): Promise_ | null {
  for (const sentence of sentences(text)) {
    const s = normalise(sentence);
    const folded = foldWithMap(s);
    const at = COMMITMENT.map((r) => r.exec(folded.text)?.index).filter((i): i is number => i !== undefined).sort((a, b) => a - b)[0];
    if (at === undefined) continue;
    const cue = folded.map[at]!;
    // The time must follow the commitment ("nous vous rappelons demain"): in "nous avons pris contact aujourd'hui
    // … qui sera livrée en express", "aujourd'hui" dates what was done, not what is promised.
    const found = [...chrono.fr.parse(s, writtenAt, { forwardDate: true }), ...chrono.en.parse(s, writtenAt, { forwardDate: true })]
      .filter((r) => r.index > cue)
      .sort((a, b) => a.index - b.index)[0];
    if (!found) continue;
    const due = found.start.date();
    // "today" / "demain" without an hour: the promise holds until the end of that day.
    if (!found.start.isCertain("hour")) due.setHours(23, 59, 0, 0);
    if (due.getTime() < writtenAt.getTime()) continue;
    return { phrase: sentence.slice(0, 500), dueAt: due };
  }
  return null;
}
