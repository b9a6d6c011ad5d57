// Folds a draft into the form every guard rule is written against: lower case, no accents, elisions split
// ("n'est" → "n est", curly apostrophes too), punctuation reduced to spaces and sentence breaks to " | ",
// a few emoji kept as words. Keeps, for every folded character, the offset of the draft character it came
// from, so a rule matched on the folded text highlights the exact span the person typed.
// Pure and dependency-free: the composer runs it on every keystroke.

export interface Folded {
  /** Folded text: words separated by single spaces, sentence ends as "|". */
  text: string;
  /** map[i] = offset in the original draft of folded character i; map[text.length] = draft length. */
  map: number[];
}

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
// Informal English written without apostrophes, and texting shorthands, spelled out the way rules are written.
const REWRITES: Record<string, string> = {
  isnt: "isn t", cant: "can t", wont: "won t", didnt: "didn t", doesnt: "doesn t", arent: "aren t", wasnt: "wasn t",
  couldnt: "couldn t", shouldnt: "shouldn t", wouldnt: "wouldn t", youre: "you re", thats: "that s", im: "i m",
  ive: "i ve", u: "you", ur: "you re", pls: "please", plz: "please", cuz: "because", coz: "because",
  ct: "c etait", pk: "pourquoi", pcq: "parce que", pck: "parce que", ya: "il y a", jsp: "je sais pas",
};
const foldCache = new Map<string, string>();

/** One character folded: "É" → "e", "œ" → "oe", "ß" → "ss"; "" when it is not a letter or digit. */
function foldChar(ch: string): string {
  const hit = foldCache.get(ch);
  if (hit !== undefined) return hit;
  let out = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  out = out.replace(/œ/g, "oe").replace(/æ/g, "ae").replace(/ß/g, "ss");
  out = /^[\p{L}\p{N}]+$/u.test(out) ? out : "";
  if (foldCache.size < 5000) foldCache.set(ch, out);
  return out;
}

export function foldText(draft: string): Folded {
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
      const f = foldChar(ch);
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

/** Maps a span of the folded text back to the draft, trimmed to what was typed (no trailing separator). */
export function originalSpan(f: Folded, start: number, end: number, draft: string): { start: number; end: number } {
  const s = f.map[start] ?? draft.length;
  // The end is the draft offset just after the last folded character of the match.
  const last = end > start ? f.map[end - 1]! : s;
  let e = last;
  if (end > start) {
    const cp = draft.codePointAt(last);
    e = last + (cp !== undefined && cp > 0xffff ? 2 : 1);
  }
  return { start: s, end: Math.max(s, e) };
}

export interface Token {
  word: string;
  /** Offsets in the folded text. */
  start: number;
  end: number;
}

export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(/[^\s|,]+/g)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
