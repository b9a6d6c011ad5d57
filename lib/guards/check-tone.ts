// R4 tone check: runs the category rules over the folded draft, drops matches cancelled by a negation
// ("nous ne vous bloquerons pas") or covered by an allowed phrasing ("ce n'est pas normal"), adds the
// insult lexicon (on stems) and the workspace's own phrases, and maps every finding to the typed span.
import { originalSpan, ruleText, ruleWords, type Folded, type Token } from "./rule-text";
import { stemsOf } from "../text/stem";
import { modelFinding } from "./tone-model";
import { ALLOW_PATTERNS, INSULT_WORDS, SUBSTANCE_PATTERN, TONE_RULES, type Severity, type ToneCategory } from "./tone-rules";

export interface ToneFinding {
  category: ToneCategory;
  severity: Severity;
  /** Offsets in the draft as typed. */
  start: number;
  end: number;
  /** The phrase of a workspace list that matched (custom findings only). */
  phrase?: string;
}

export interface ToneLists {
  /** Workspace phrases to flag (category "custom", severity warning). */
  flag?: string[];
  /** Workspace phrases that are fine here: findings overlapping them are dropped. */
  allow?: string[];
  /** false: rules only, without the learned fallback of tone-model.ts (used to train and to compare it). */
  model?: boolean;
}

const B = (p: string) => `(?<![a-z0-9_])(?:${p})(?![a-z0-9_])`;
const NEG_IN_PATTERN = /(?:^|[^a-z])(?:pas|ne|n|not|no|never|ni|neither|nor|jamais|aucun\w*|nullement|rien|t|cannot|sans|without)(?:[^a-z]|$)/;
const COMPILED = TONE_RULES.map((r) => ({
  ...r,
  re: new RegExp(B(r.pattern), "g"),
  inherent: r.negation === "inherent" || NEG_IN_PATTERN.test(r.pattern.replace(/\\w/g, "")),
}));
const ALLOW = ALLOW_PATTERNS.map((p) => new RegExp(B(p), "g"));
const SUBSTANCE = new RegExp(B(SUBSTANCE_PATTERN));
const NEGATION = new Set(["ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "nullement", "not", "never", "no", "nor",
  "neither", "t", "cannot", "sans", "without"]);
const INSULT_STEMS = new Set([
  ...INSULT_WORDS.fr.map((w) => stemsOf(w)[0]),
  ...INSULT_WORDS.en.map((w) => stemsOf(w)[1]),
]);

/** True when a negation sits inside [start,end) of the folded text or in the 3 words before it. */
function negated(text: string, tokens: Token[], start: number, end: number): boolean {
  const first = tokens.findIndex((t) => t.end > start);
  if (first < 0) return false;
  for (let i = Math.max(0, first - 3); i < tokens.length && tokens[i]!.start < end; i++) {
    // The scope of a negation stops at the end of its sentence.
    if (i < first && /[|,]/.test(text.slice(tokens[i]!.end, start))) continue;
    if (NEGATION.has(tokens[i]!.word)) return true;
  }
  return false;
}

function phraseStems(phrase: string): string[][] {
  return ruleWords(ruleText(phrase).text).map((t) => stemsOf(t.word));
}

/** Spans (folded offsets) where a phrase occurs, compared word by word on stems. */
function findPhrase(tokens: Token[], phrase: string[][]): [number, number][] {
  const out: [number, number][] = [];
  if (phrase.length === 0) return out;
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const [f, e] = stemsOf(tokens[i + j]!.word);
      if (f !== phrase[j]![0] && e !== phrase[j]![1]) continue outer;
    }
    out.push([tokens[i]!.start, tokens[i + phrase.length - 1]!.end]);
  }
  return out;
}

export function checkTone(draft: string, lists: ToneLists = {}, folded: Folded = ruleText(draft)): ToneFinding[] {
  const text = folded.text;
  const tokens = ruleWords(text);
  const raw: { category: ToneCategory; severity: Severity; s: number; e: number; phrase?: string }[] = [];
  for (const r of COMPILED) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      const s = m.index;
      const e = s + m[0].length;
      if (!r.inherent && negated(text, tokens, s, e)) continue;
      raw.push({ category: r.category, severity: r.severity, s, e });
    }
  }
  for (const t of tokens) {
    const [f, e] = stemsOf(t.word);
    if ((INSULT_STEMS.has(f) || INSULT_STEMS.has(e)) && !negated(text, tokens, t.start, t.end)) {
      raw.push({ category: "annoyance", severity: "high", s: t.start, e: t.end });
    }
  }
  for (const phrase of lists.flag ?? []) {
    for (const [s, e] of findPhrase(tokens, phraseStems(phrase))) raw.push({ category: "custom", severity: "warning", s, e, phrase });
  }
  const allowed: [number, number][] = [];
  for (const re of ALLOW) for (const m of text.matchAll(re)) allowed.push([m.index, m.index + m[0].length]);
  for (const phrase of lists.allow ?? []) allowed.push(...findPhrase(tokens, phraseStems(phrase)));

  const substance = SUBSTANCE.test(text);
  let kept = raw.filter((f) => !allowed.some(([a, b]) => f.s < b && a < f.e));
  kept = kept.filter((f) => f.category !== "false_resolution" || !substance);
  // Boilerplate is advice, unless stock phrases are most of a draft that says nothing concrete.
  const stock = kept.filter((f) => f.category === "boilerplate");
  const stockChars = stock.reduce((n, f) => n + f.e - f.s, 0);
  if (stock.length > 0 && !substance && stockChars >= 0.45 * text.replace(/[ |]/g, "").length) {
    for (const f of stock) f.severity = "warning";
  }
  // Nothing for the rules to stop at: the learned model may still find a sentence with the intent of one of
  // the categories in words no rule names. Only ever a `warning` (a statistical guess never blocks a send)
  // on the sentence it scored worst, and never over an allowed phrasing.
  if (lists.model !== false && !kept.some((f) => f.severity !== "info")) {
    const m = modelFinding(text);
    if (m && !allowed.some(([a, b]) => m.s < b && a < m.e)) kept.push({ category: m.category, severity: "warning", s: m.s, e: m.e });
  }
  return mergeOverlaps(kept).map((f) => ({
    category: f.category,
    severity: f.severity,
    ...originalSpan(folded, f.s, f.e, draft),
    ...(f.phrase ? { phrase: f.phrase } : {}),
  }));
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

/** One finding per category and overlapping region: the union of the spans at the highest severity. */
function mergeOverlaps<T extends { category: ToneCategory; severity: Severity; s: number; e: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.s - b.s || b.e - a.e);
  const out: T[] = [];
  for (const f of sorted) {
    const prev = out.findLast((o) => o.category === f.category && f.s < o.e);
    if (prev) {
      prev.e = Math.max(prev.e, f.e);
      if (RANK[f.severity] > RANK[prev.severity]) prev.severity = f.severity;
    } else out.push({ ...f });
  }
  return out.sort((a, b) => a.s - b.s);
}
