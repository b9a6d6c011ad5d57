// The layout every guard rule is written against (tone-rules.ts), built on the shared folding of lib/text:
// folded characters (lib/text/fold.ts: lower case, no accents, ligatures spelled out), apostrophes as spaces
// ("n'est" → "n est"), punctuation reduced to spaces, sentence breaks to " | " and clause breaks to " , ",
// a few emoji kept as words, and shorthands spelled out (lib/text/shorthands.ts, "isnt" → "isn t").
// Keeps, for every laid-out character, the offset of the draft character it came from (lib/text Folded), so
// a rule matched here highlights the exact span the person typed (originalSpan).
// The learned tone model (tone-model.ts) was trained on this exact layout: change it only with a retrain.
// Pure: the composer runs it on every keystroke.
import { foldChar, originalSpan, type Folded } from "../text/fold";
import { SPELLED_OUT } from "../text/shorthands";
import { splitWords } from "../text/tokenize";

export { originalSpan, type Folded };

// Emoji that carry tone in a reply to an unhappy customer: kept as pseudo-words so rules can name them.
const TONE_EMOJI: Record<string, string> = {
  "🙄": "emo_eyeroll", "😂": "emo_laugh", "🤣": "emo_laugh", "😆": "emo_laugh", "😹": "emo_laugh",
  "😏": "emo_smirk", "🙃": "emo_smirk", "😒": "emo_smirk", "🤡": "emo_clown", "🥱": "emo_yawn", "😴": "emo_yawn",
  "🤷": "emo_shrug", "😤": "emo_huff",
};
const APOSTROPHES = new Set(["'", "’", "‘", "ʼ", "´", "`", "′"]);
const SENTENCE_END = new Set([".", "!", "?", ";", "…", "\n"]);
// A clause break: the scope of a negation stops there ("c pas le sav, faut appeler…").
const CLAUSE_BREAK = new Set([",", ":", "(", ")", "–", "—"]);
// Shorthands spelled out the way the rules are written: apostrophes as spaces ("isn't" → "isn t").
const REWRITES: Record<string, string> = Object.fromEntries(
  Object.entries(SPELLED_OUT).map(([w, full]) => [w, full.replace(/'/g, " ")]),
);

/** One character as the rules see it: folded ("É" → "e", "œ" → "oe"), "" when it is not a letter or digit. */
function ruleChar(ch: string): string {
  const f = foldChar(ch);
  return /^[\p{L}\p{N}]+$/u.test(f) ? f : "";
}

export function ruleText(draft: string): Folded {
  let text = "";
  const map: number[] = [];
  const push = (s: string, at: number) => {
    for (const c of s) {
      // Collapse separators: never two spaces, never a space before or after another space.
      if (c === " " && (text.length === 0 || text.endsWith(" "))) continue;
      text += c;
      map.push(at);
    }
  };
  let i = 0;
  for (const ch of draft) {
    const emo = TONE_EMOJI[ch];
    if (emo) push(` ${emo} `, i);
    else if (APOSTROPHES.has(ch)) push(" ", i);
    else if (SENTENCE_END.has(ch)) push(" | ", i);
    else if (CLAUSE_BREAK.has(ch)) push(" , ", i);
    else {
      const f = ruleChar(ch);
      push(f === "" ? " " : f, i);
    }
    i += ch.length;
  }
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    map.pop();
  }
  map.push(draft.length);
  return rewrite({ text, map });
}

/** Applies REWRITES word by word; every character of a replacement maps to the word it replaces. */
function rewrite(f: Folded): Folded {
  if (!/(?:^| )(?:[a-z]+)(?= |$)/.test(f.text)) return f;
  let text = "";
  const map: number[] = [];
  let last = 0;
  for (const m of f.text.matchAll(/[a-z]+/g)) {
    const r = REWRITES[m[0]];
    if (r === undefined || (m.index > 0 && f.text[m.index - 1] !== " ") || /[a-z0-9_]/.test(f.text[m.index + m[0].length] ?? " ")) continue;
    text += f.text.slice(last, m.index);
    map.push(...f.map.slice(last, m.index));
    text += r;
    for (let k = 0; k < r.length; k++) map.push(f.map[m.index + Math.min(k, m[0].length - 1)]!);
    last = m.index + m[0].length;
  }
  if (last === 0) return f;
  text += f.text.slice(last);
  map.push(...f.map.slice(last));
  return { text, map };
}

export interface Token {
  word: string;
  /** Offsets in the laid-out text. */
  start: number;
  end: number;
}

/** Words of the laid-out text, with their offsets (lib/text splitWords; "|" and "," are not words). */
export const ruleWords: (text: string) => Token[] = splitWords;
