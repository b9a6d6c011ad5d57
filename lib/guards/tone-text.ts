// The layout the tone rules (tone-rules.ts) and the tone model (tone-model.ts) read, built on the shared text
// module (lib/text, issue #18): folded (fold.ts), tokenised with contractions and shorthands spelled out
// (tokenize.ts: "isn't" → is not, "can't" → can not, "c pas" → c est pas, "y a pas" → il y a pas), French
// elisions written without their apostrophe ("n'est" → n est, "qu'on" → qu on), sentence ends as "|" and clause
// breaks as ",", a few tone-carrying emoji kept as pseudo-words (emo_eyeroll…), and per word whether it lies in
// a negation's scope (negation.ts). Every laid-out word keeps the span of the draft it was typed as, so a rule
// matched here highlights exactly what the person typed.
//
// Quoted text is the customer speaking, not the brand (issue #19): words inside « … », "…", “…”, on a line
// starting with ">", or in a run of words copied from one of the customer's latest messages are marked
// `quoted`; no tone finding may rest on them, and the model does not read them.
// Pure: the composer runs it on every keystroke.
import { foldWithMap } from "../text/fold";
import { negationScope } from "../text/negation";
import { tokenizeFolded, type Lang } from "../text/tokenize";

export interface ToneWord {
  word: string;
  /** Offsets in the laid-out text. */
  s: number;
  e: number;
  /** Offsets in the draft as typed. */
  os: number;
  oe: number;
  negated: boolean;
  /** The word is a negation cue (ne, pas, not, never, rien…). */
  cue: boolean;
  quoted: boolean;
}

export interface ToneText {
  /** Words joined by " ", with " | " at sentence ends and " , " at clause breaks. */
  text: string;
  words: ToneWord[];
  lang: Lang | null;
}

const TONE_EMOJI: Record<string, string> = {
  "🙄": "emo_eyeroll", "😂": "emo_laugh", "🤣": "emo_laugh", "😆": "emo_laugh", "😹": "emo_laugh",
  "😏": "emo_smirk", "🙃": "emo_smirk", "😒": "emo_smirk", "🤡": "emo_clown", "🥱": "emo_yawn", "😴": "emo_yawn",
  "🤷": "emo_shrug", "😤": "emo_huff", "😉": "emo_wink",
};
// "%" is a word here ("98 % of our customers…", "moins de 0,5 %").
TONE_EMOJI["%"] = "pct";
const EMOJI_RE = new RegExp(`[${Object.keys(TONE_EMOJI).join("")}]`, "gu");
/**
 * A grin right after a question ("shall we throw in a spa weekend too? 😄", "vraiment ? 😅") mocks the question it
 * closes: 5 of 5 such drafts in the development and fresh files were sarcasm, while the same grins elsewhere are
 * friendly (50 good drafts). Marked "emo_askgrin" only there.
 */
const ASK_GRIN_RE = /\?\s*[😄😅😁😃😆]/gu;
const SENTENCE_END = /[.!?;…|]/;

const EN_CUES = new Set(["the", "you", "your", "we", "our", "is", "are", "and", "to", "it", "this", "that", "for", "of", "have", "be", "will", "not", "with"]);
const FR_CUES = new Set(["le", "la", "les", "vous", "votre", "nous", "notre", "est", "et", "de", "des", "du", "pour", "pas", "une", "un", "que", "ce", "sur", "avec"]);

/** English or French by function words (cheap: the composer runs this per keystroke; lib/text/language.ts is server-only). */
export function guessLang(folded: string): Lang | null {
  let en = 0;
  let fr = 0;
  for (const m of folded.matchAll(/[a-z]+/g)) {
    if (EN_CUES.has(m[0])) en++;
    if (FR_CUES.has(m[0])) fr++;
  }
  return en === fr ? null : en > fr ? "en" : "fr";
}

/** Ranges of the draft (as typed) inside quotation marks or on a ">" line. */
export function quotedRanges(draft: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of draft.matchAll(/«[^»\n]{1,400}»|“[^”\n]{1,400}”|"[^"\n]{1,400}"|„[^“”\n]{1,400}[“”]/g)) out.push([m.index, m.index + m[0].length]);
  for (const m of draft.matchAll(/^[ \t]*>.*$/gm)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Runs of at least this many words also found, in the same order, in a customer message are a quote. */
const COPIED_RUN = 4;

function wordSeq(text: string): string[] {
  return tokenizeFolded(foldWithMap(text).text).map((t) => (t.elided ? t.word.slice(0, -1) : t.word));
}

/** The draft laid out for the tone rules (see the header). */
export function toneText(draft: string, customerMessages: string[] = []): ToneText {
  // Line breaks end a sentence (fold.ts turns them into spaces): same length, so offsets do not move.
  const f = foldWithMap(draft.replace(/\r?\n|\r/g, (m) => (m.length === 2 ? " ." : ".")));
  const lang = guessLang(f.text);
  const tokens = tokenizeFolded(f.text, lang);
  const scope = negationScope(tokens);
  const quotes = quotedRanges(draft);
  const words: ToneWord[] = [];
  let text = "";
  let prevEnd = 0;
  const emit = (word: string, fs: number, fe: number, negated: boolean, cue = false) => {
    if (text !== "") text += " ";
    const os = f.map[fs] ?? draft.length;
    const last = fe > fs ? (f.map[fe - 1] ?? draft.length - 1) : os;
    const cp = draft.codePointAt(last);
    const oe = fe > fs ? last + (cp !== undefined && cp > 0xffff ? 2 : 1) : os;
    const quoted = quotes.some(([a, b]) => os >= a && oe <= b);
    words.push({ word, s: text.length, e: text.length + word.length, os, oe, negated, cue, quoted });
    text += word;
  };
  tokens.forEach((t, i) => {
    const gap = f.text.slice(prevEnd, t.start);
    if (i > 0 && prevEnd !== t.end) {
      for (const m of gap.matchAll(EMOJI_RE)) emit(TONE_EMOJI[m[0]]!, prevEnd + m.index, prevEnd + m.index + m[0].length, false);
      for (const m of gap.matchAll(ASK_GRIN_RE)) emit("emo_askgrin", prevEnd + m.index, prevEnd + m.index + m[0].length, false);
      // A hyphen inside a word ("rapprochez-vous", "peut-être") is no clause break.
      // "0.5 %", "3,90 €": a point or comma between digits is part of the number.
      const inNumber = /^[.,]$/.test(gap) && /\d$/.test(f.text.slice(0, prevEnd)) && /^\d/.test(t.word);
      if (!inNumber && SENTENCE_END.test(gap)) text += " |";
      else if (!inNumber && t.breakBefore && gap !== "-") text += " ,";
    }
    emit(t.elided ? t.word.slice(0, -1) : t.word, t.start, t.end, scope[i]!.negated, scope[i]!.cue);
    prevEnd = t.end;
  });
  for (const m of f.text.slice(prevEnd).matchAll(EMOJI_RE)) emit(TONE_EMOJI[m[0]]!, prevEnd + m.index, prevEnd + m.index + m[0].length, false);
  for (const m of f.text.slice(prevEnd).matchAll(ASK_GRIN_RE)) emit("emo_askgrin", prevEnd + m.index, prevEnd + m.index + m[0].length, false);
  markCopied(words, customerMessages);
  return { text, words, lang };
}

/** Marks as quoted every run of ≥ COPIED_RUN words that also occurs in one of the customer's messages. */
function markCopied(words: ToneWord[], customerMessages: string[]) {
  if (customerMessages.length === 0 || words.length < COPIED_RUN) return;
  const grams = new Set<string>();
  for (const msg of customerMessages) {
    const seq = wordSeq(msg);
    for (let i = 0; i + COPIED_RUN <= seq.length; i++) grams.add(seq.slice(i, i + COPIED_RUN).join(" "));
  }
  if (grams.size === 0) return;
  for (let i = 0; i + COPIED_RUN <= words.length; i++) {
    if (grams.has(words.slice(i, i + COPIED_RUN).map((w) => w.word).join(" "))) {
      for (let k = i; k < i + COPIED_RUN; k++) words[k]!.quoted = true;
    }
  }
}

/** The words a laid-out span [s, e) covers. */
export function wordsIn(t: ToneText, s: number, e: number): ToneWord[] {
  return t.words.filter((w) => w.e > s && w.s < e);
}

/** The draft span (as typed) of a laid-out span. */
export function draftSpan(t: ToneText, s: number, e: number): { start: number; end: number } {
  const ws = wordsIn(t, s, e);
  if (ws.length === 0) return { start: 0, end: 0 };
  return { start: Math.min(...ws.map((w) => w.os)), end: Math.max(...ws.map((w) => w.oe)) };
}
