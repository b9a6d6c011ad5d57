// The sentiment lexicon (sentiment-lexicon.ts, plus the threat words shared in lib/text/signals.ts) compiled
// once into lookup tables, and the matcher that finds the longest entry starting at a token. Kept apart from
// score-message.ts because compiling and matching the vocabulary does not depend on how a hit is then weighed.
import { COMPLAINT, LEGAL, PRESS } from "../text/signals";
import { stemsOf } from "../text/stem";
import { tokenize, type Lang, type Token } from "../text/tokenize";
import { GROUPS, type Concept } from "./sentiment-lexicon";

/** Concepts matched on Snowball stems too (judgements inflect; event words would over-match: "remboursement"). */
const STEMMED_CONCEPTS: ReadonlySet<Concept> = new Set(["praise", "good", "bad", "insult", "failure"]);

interface Entry { concept: Concept; value: number; lang?: Lang }
interface Pattern { words: string[]; prefixLast: boolean; entry: Entry }

// ── Lexicon compiled once: phrases by first word, single words exact / by prefix / by stem ─────────────
const BY_FIRST = new Map<string, Pattern[]>();
const PREFIX: Pattern[] = [];
const STEMS_FR = new Map<string, Entry>();
const STEMS_EN = new Map<string, Entry>();
// The press, legal and complaint words every feature shares (lib/text/signals.ts) are threats here too, but for
// words that mostly mean something else in a customer's message: "court" (French for "short"), "article" (an
// item bought), "press" and "media" (a button, a file).
const NOT_THREATS = new Set(["court", "article", "press", "media", "medias", "opposition"]);
const SHARED_THREATS: (typeof GROUPS)[number] = ["threat", 3, [...LEGAL, ...COMPLAINT, ...PRESS].filter((w) => !NOT_THREATS.has(w)).join(", ")];
for (const [concept, value, list, lang] of [...GROUPS, SHARED_THREATS]) {
  for (const raw of list.split(",")) {
    const text = raw.trim();
    if (!text) continue;
    const prefixLast = text.endsWith("*");
    const words = tokenize(text.replace(/\*$/, "")).map((t) => t.word);
    if (words.length === 0) continue;
    const p: Pattern = { words, prefixLast, entry: { concept, value, lang } };
    if (prefixLast && words.length === 1) {
      PREFIX.push(p);
      continue;
    }
    const list2 = BY_FIRST.get(words[0]!) ?? [];
    if (!list2.some((q) => q.words.join(" ") === words.join(" "))) list2.push(p);
    BY_FIRST.set(words[0]!, list2);
    if (words.length === 1 && !prefixLast && words[0]!.length >= 5 && STEMMED_CONCEPTS.has(concept)) {
      const [fr, en] = stemsOf(words[0]!);
      if (lang !== "en" && !STEMS_FR.has(fr)) STEMS_FR.set(fr, p.entry);
      if (lang !== "fr" && !STEMS_EN.has(en)) STEMS_EN.set(en, p.entry);
    }
  }
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);
// Prefix entries ("arnaque*") by their first three letters, so a token is tried against a handful, not all.
const PREFIX_BY_HEAD = new Map<string, Pattern[]>();
for (const p of PREFIX) PREFIX_BY_HEAD.set(p.words[0]!.slice(0, 3), [...(PREFIX_BY_HEAD.get(p.words[0]!.slice(0, 3)) ?? []), p]);

export interface Hit extends Entry { start: number; end: number }

export function matchAt(tokens: Token[], i: number, lang: Lang | null): Hit | null {
  const w = tokens[i]!.word;
  for (const p of BY_FIRST.get(w) ?? []) {
    if (lang && p.entry.lang && p.entry.lang !== lang) continue;
    const n = p.words.length;
    if (i + n > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) {
      const t = tokens[i + k]!.word;
      ok = k === n - 1 && p.prefixLast ? t.startsWith(p.words[k]!) : t === p.words[k];
    }
    if (ok) return { ...p.entry, start: i, end: i + n };
  }
  for (const p of PREFIX_BY_HEAD.get(w.slice(0, 3)) ?? []) {
    if (w.startsWith(p.words[0]!) && !(lang && p.entry.lang && p.entry.lang !== lang)) return { ...p.entry, start: i, end: i + 1 };
  }
  if (w.length >= 5) {
    const [fr, en] = stemsOf(w);
    const e = (lang !== "en" ? STEMS_FR.get(fr) : undefined) ?? (lang !== "fr" ? STEMS_EN.get(en) : undefined);
    if (e && !(lang && e.lang && e.lang !== lang)) return { ...e, start: i, end: i + 1 };
  }
  return null;
}
