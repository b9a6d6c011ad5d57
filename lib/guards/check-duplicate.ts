// R3 copy-paste: a draft near-identical to an earlier reply of the same case/thread, or the same canned
// reply already used there. Jaccard over character 5-grams of the folded text separates a pasted twin
// (~0.7) from an unrelated reply (~0.05). A long passage pasted from an earlier reply with a new sentence
// around it (seed 001: the same "contact us by phone or e-mail" block, a new excuse appended) has a lower
// Jaccard (0.41) but most of the draft is the old text: that counts too.
import { ruleText } from "./rule-text";

export interface EarlierReply {
  body: string;
  /** When it was sent (ISO string or Date). */
  at: string | Date;
}
export interface CannedRef {
  id: string;
  title: string;
  body: string;
}
export interface DuplicateFinding {
  /** The earlier reply it repeats. */
  at: string;
  similarity: number;
  /** Set when the repeated text is a canned reply. */
  cannedTitle?: string;
}

const N = 5;
/** Below this many distinct 5-grams a draft is a greeting or a thank-you: repeating it is fine. */
const MIN_GRAMS = 30;
export const JACCARD_THRESHOLD = 0.5;
export const CONTAINMENT_THRESHOLD = 0.75;
/** Share of the draft's 5-grams found in the earlier reply, and how many that must be (~100 characters). */
export const DRAFT_SHARE_THRESHOLD = 0.6;
export const MIN_SHARED = 100;
/** An earlier reply contained whole in the draft is a paste only when it is a fair part of the draft: restated in
 *  one sentence of a long new update ("comme indiqué, votre demande a été transmise…, et j'ai vérifié : …"), it is not. */
export const CONTAINED_DRAFT_SHARE = 0.4;

export function grams(text: string): Set<string> {
  const t = ruleText(text).text.replace(/ \| /g, " ").replace(/\|/g, "");
  const out = new Set<string>();
  for (let i = 0; i + N <= t.length; i++) out.add(t.slice(i, i + N));
  return out;
}

export interface Similarity {
  jaccard: number;
  /** Shared grams over the smaller set. */
  containment: number;
  /** Shared grams, and their share of the first set (the draft). */
  shared: number;
  draftShare: number;
}

export function similarity(draft: Set<string>, other: Set<string>): Similarity {
  if (draft.size === 0 || other.size === 0) return { jaccard: 0, containment: 0, shared: 0, draftShare: 0 };
  const [small, large] = draft.size <= other.size ? [draft, other] : [other, draft];
  let inter = 0;
  for (const g of small) if (large.has(g)) inter++;
  return { jaccard: inter / (draft.size + other.size - inter), containment: inter / small.size, shared: inter, draftShare: inter / draft.size };
}

const near = (s: Similarity, smallest: number) =>
  s.jaccard >= JACCARD_THRESHOLD ||
  (smallest >= MIN_GRAMS * 2 && s.containment >= CONTAINMENT_THRESHOLD && s.draftShare >= CONTAINED_DRAFT_SHARE) ||
  (s.shared >= MIN_SHARED && s.draftShare >= DRAFT_SHARE_THRESHOLD);

/**
 * The earliest-most-similar earlier reply the draft repeats, or null. `earlierGrams` may be passed in
 * precomputed (the composer keeps them across keystrokes).
 */
export function findDuplicate(
  draft: string,
  earlier: EarlierReply[],
  canned: CannedRef[] = [],
  earlierGrams: Set<string>[] = earlier.map((e) => grams(e.body)),
): DuplicateFinding | null {
  const d = grams(draft);
  if (d.size < MIN_GRAMS) return null;
  let best: DuplicateFinding | null = null;
  earlier.forEach((e, i) => {
    const g = earlierGrams[i]!;
    const s = similarity(d, g);
    if (near(s, Math.min(d.size, g.size)) && (!best || s.jaccard > best.similarity)) {
      best = { at: new Date(e.at).toISOString(), similarity: Math.round(s.jaccard * 100) / 100 };
    }
  });
  if (!best) return null;
  const found = best as DuplicateFinding;
  // Name the canned reply when both the draft and the earlier reply come from it.
  for (const c of canned) {
    const cg = grams(c.body);
    if (similarity(d, cg).containment >= CONTAINMENT_THRESHOLD) return { ...found, cannedTitle: c.title };
  }
  return found;
}
