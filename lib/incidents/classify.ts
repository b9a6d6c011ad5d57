// Reads one complaint as a problem type of the taxonomy (taxonomy.ts) plus the entities it names (entities.ts):
// the meaning incident grouping compares (R7, issue #18 §3). Offline and deterministic: lib/text folds and
// tokenises (elisions, contractions, texting shorthands), Snowball stems join inflections, the concept cues
// (concepts.ts) are indexed once at load.
import { fold } from "../text/fold";
import { stemsOf } from "../text/stem";
import { tokenizeFolded, type Lang } from "../text/tokenize";
import { CONCEPTS, type Concept } from "./concepts";
import { findEntities, type Entities } from "./entities";
import { PROBLEMS, type ProblemType } from "./taxonomy";

export interface Reading {
  /** The problem type's key (taxonomy.ts), or null when the text states no known problem. */
  problem: string | null;
  entities: Entities;
  /** Concepts found, for tests and debugging. */
  concepts: Concept[];
}

interface CueWord { word: string; prefix: boolean; stem: string; lang: 0 | 1 }
interface Cue { concept: Concept; words: CueWord[] }

// Product kinds and models found as entities count as the concept PRODUCT.
type AnyConcept = Concept | "PRODUCT";

const byKey = new Map<string, Cue[]>();
const byPrefix = new Map<string, Cue[]>();
const push = (m: Map<string, Cue[]>, k: string, c: Cue) => {
  const l = m.get(k);
  if (l) { if (!l.includes(c)) l.push(c); } else m.set(k, [c]);
};

/** Words of a folded text as this module compares them: bare words (elided "l'", "j'" dropped). */
function wordsOf(folded: string, lang: Lang | null): string[] {
  return tokenizeFolded(folded, lang).filter((t) => !t.elided).map((t) => t.word);
}

for (const [concept, cues] of Object.entries(CONCEPTS) as [Concept, readonly [string, string]][]) {
  cues.forEach((list, lang) => {
    for (const raw of list.split("|")) {
      const prefixCue = raw.endsWith("*");
      const ws = wordsOf(fold(prefixCue ? raw.slice(0, -1) : raw), lang === 1 ? "en" : "fr");
      if (ws.length === 0) continue;
      const words: CueWord[] = ws.map((w, i) => {
        const prefix = prefixCue && i === ws.length - 1;
        return { word: w, prefix, stem: stemsOf(w)[lang]!, lang: lang as 0 | 1 };
      });
      const cue: Cue = { concept, words };
      const first = words[0]!;
      if (first.prefix) push(byPrefix, first.word, cue);
      else {
        push(byKey, `w:${first.word}`, cue);
        push(byKey, `${lang}:${first.stem}`, cue);
      }
    }
  });
}
const PREFIX_LENGTHS = [...new Set([...byPrefix.keys()].map((k) => k.length))].sort((a, b) => a - b);

interface Tok { word: string; alt: string | null; stems: [string, string] }

function tokMatches(t: Tok, c: CueWord, langs: readonly (0 | 1)[]): boolean {
  if (c.prefix) return t.word.startsWith(c.word) || (t.alt?.startsWith(c.word) ?? false);
  if (t.word === c.word || t.alt === c.word) return true;
  return langs.includes(c.lang) && t.stems[c.lang] === c.stem;
}

const toks = new Map<string, Tok>();
function tokOf(word: string): Tok {
  let t = toks.get(word);
  if (!t) {
    // "jattends", "jai", "larticle": an elision typed without its apostrophe.
    const alt = word.length > 3 && /^[jlmndtsc][aeiouyh]/.test(word) ? word.slice(1) : null;
    t = { word, alt, stems: stemsOf(word) };
    if (toks.size >= 50_000) toks.clear();
    toks.set(word, t);
  }
  return t;
}

// The cues whose first word a word matches, per word and language: words repeat from one complaint to the next,
// so each is looked up once (bounded).
const candidateCache = new Map<string, Cue[]>();

function candidates(t: Tok, lang: Lang | null, langs: readonly (0 | 1)[]): Cue[] {
  const key = `${lang ?? "-"}:${t.word}`;
  let hit = candidateCache.get(key);
  if (hit) return hit;
  const cands = new Set<Cue>();
  for (const w of t.alt ? [t.word, t.alt] : [t.word]) {
    for (const c of byKey.get(`w:${w}`) ?? []) cands.add(c);
    const [fr, en] = w === t.word ? t.stems : stemsOf(w);
    if (langs.includes(0)) for (const c of byKey.get(`0:${fr}`) ?? []) cands.add(c);
    if (langs.includes(1)) for (const c of byKey.get(`1:${en}`) ?? []) cands.add(c);
    for (const n of PREFIX_LENGTHS) {
      if (n > w.length) break;
      for (const c of byPrefix.get(w.slice(0, n)) ?? []) cands.add(c);
    }
  }
  hit = [...cands].filter((c) => tokMatches(t, c.words[0]!, langs));
  if (candidateCache.size >= 50_000) candidateCache.clear();
  candidateCache.set(key, hit);
  return hit;
}

/** Concepts present in a folded text, with how many distinct cues found each. */
export function conceptsOf(folded: string, lang: Lang | null): Map<Concept, number> {
  const langs: readonly (0 | 1)[] = lang === "fr" ? [0] : lang === "en" ? [1] : [0, 1];
  const toks: Tok[] = wordsOf(folded, lang).map(tokOf);
  const found = new Map<Concept, Set<Cue>>();
  toks.forEach((t, i) => {
    for (const cue of candidates(t, lang, langs)) {
      // The rest of a phrase: in order, at most one other word between two of its words.
      let j = i;
      let ok = true;
      for (const cw of cue.words.slice(1)) {
        if (toks[j + 1] && tokMatches(toks[j + 1]!, cw, langs)) j += 1;
        else if (toks[j + 2] && tokMatches(toks[j + 2]!, cw, langs)) j += 2;
        else { ok = false; break; }
      }
      if (!ok) continue;
      const s = found.get(cue.concept) ?? new Set<Cue>();
      s.add(cue);
      found.set(cue.concept, s);
    }
  });
  return new Map([...found].map(([c, s]) => [c, s.size]));
}

function score(p: ProblemType, has: (c: AnyConcept) => number): number {
  let best = -1;
  let bestAlt: AnyConcept[] = [];
  let bestHits = 0;
  for (const alt of p.need as AnyConcept[][]) {
    if (!alt.every((c) => has(c) > 0)) continue;
    const hits = alt.reduce((n, c) => n + Math.min(has(c), 3), 0);
    if (alt.length > best || (alt.length === best && hits > bestHits)) {
      best = alt.length;
      bestAlt = alt;
      bestHits = hits;
    }
  }
  if (best < 0) return -Infinity;
  let s = 2 * best + 0.25 * (bestHits - best);
  for (const b of (p.boost ?? []) as AnyConcept[]) if (!bestAlt.includes(b) && has(b) > 0) s += 1;
  for (const u of (p.unless ?? []) as AnyConcept[]) if (has(u) > 0) s -= 3;
  return s + (p.bias ?? 0);
}

const PERCENT_OFF = /(?:^|\s)-\s?\d{1,2}\s?%|\d{1,2}\s?%\s(?:de\s)?(?:remise|reduc|reduction|off|discount)/;

/** The problem type a text states and the entities it names (see the header). */
export function readComplaint(text: string, lang: Lang | null): Reading {
  const folded = fold(text);
  const found = conceptsOf(folded, lang);
  // "-20 %", "20% de remise": a discount the tokens alone do not show.
  if (PERCENT_OFF.test(folded)) found.set("PROMO", (found.get("PROMO") ?? 0) + 1);
  const entities = findEntities(folded);
  const product = (entities.product?.length ?? 0) + (entities.model?.length ?? 0);
  const has = (c: AnyConcept) => (c === "PRODUCT" ? product : found.get(c) ?? 0);
  let best: ProblemType | null = null;
  let bestScore = 2;
  for (const p of PROBLEMS) {
    const s = score(p, has);
    if (s >= bestScore && (!best || s > bestScore)) {
      best = p;
      bestScore = s;
    }
  }
  if (best?.key === "refund.delay") {
    const aspect = [...(found.has("RETURN") ? ["return"] : []), ...(found.has("CANCELLED") ? ["cancel"] : [])];
    if (aspect.length) entities.aspect = aspect;
  }
  return { problem: best?.key ?? null, entities, concepts: [...found.keys()] };
}

// Grouping runs after every ingestion batch over the last 72 hours of cases, and suggested replies read the same
// recent complaints on every case: the same bodies are read again and again, so readings are kept (bounded).
const readings = new Map<string, Reading>();

/** readComplaint, remembered by text and language (a reading is pure, so a kept one is the same). */
export function readComplaintCached(text: string, lang: Lang | null): Reading {
  const key = `${lang ?? "-"}\u0000${text}`;
  let r = readings.get(key);
  if (!r) {
    r = readComplaint(text, lang);
    if (readings.size >= 20_000) readings.clear();
    readings.set(key, r);
  }
  return r;
}
