// The second pass of incident grouping (R7, issue #18 §3): complaints the first pass left outside every wave join
// the wave they resemble. Why: the first pass groups complaints read as the SAME fine problem type (a parcel lost
// / stuck / marked delivered), and people describing one incident in their own words land on neighbouring types
// or on none ("pareil, la mienne fuit aussi" names a leak but no product). Measured on fresh sentences nobody had
// tuned on (tests/text-eval/fresh/), that first pass alone kept 4 of 10 problems together.
//
// Contract: pure and deterministic. A wave is a group the first pass made with at least `minContacts` customers
// (or one around an incident). First, two waves of one category that share an entity value (each naming it at
// least twice) are one incident. Then a straggler is a document in no wave: a group too small, or a complaint with no
// problem type but concepts of its own. A straggler joins the wave, within the time window, that
//   - is of the same problem category (the part of the type before the dot) as the straggler's own type, if any,
//   - no entity of the straggler contradicts (a kind that splits the wave's type, named by both, no value shared),
//   - shares with it the most "evidence": concepts found in at least a third of the wave's complaints, plus
//     entity values named by at least two of them: at least `minShared` (3) for a straggler of the wave's
//     category or an untyped "me too"; a typed "me too" one less (it says it is the same problem); an untyped
//     complaint two more, since nothing else says it is about the wave's kind of problem.
// Ties go to the larger wave. Wave profiles are taken before any straggler joins (order does not matter).
import type { ComplaintDoc, ComplaintGroup, GroupOptions } from "./group-complaints";
import { PROBLEM_BY_KEY } from "./taxonomy";
import type { EntityKind } from "./entities";

export const categoryOf = (problem: string | null) => problem?.split(".")[0] ?? null;

interface Profile { wave: ComplaintGroup; concepts: Set<string>; values: Set<string>; category: string | null }

function profile(wave: ComplaintGroup, docs: Map<string, ComplaintDoc>): Profile {
  const counts = new Map<string, number>();
  for (const id of wave.caseIds) for (const c of new Set(docs.get(id)?.concepts ?? [])) counts.set(c, (counts.get(c) ?? 0) + 1);
  const floor = Math.max(2, wave.caseIds.length / 3);
  const values = new Set<string>();
  for (const [k, m] of wave.entities) for (const [v, n] of m) if (n >= 2) values.add(`${k}:${v}`);
  return { wave, concepts: new Set([...counts].filter(([, n]) => n >= floor).map(([c]) => c)), values, category: categoryOf(wave.problem) };
}

function contradicts(p: Profile, d: ComplaintDoc): boolean {
  for (const k of (PROBLEM_BY_KEY.get(p.wave.problem)?.split ?? []) as EntityKind[]) {
    const mine = d.entities[k];
    const theirs = p.wave.entities.get(k);
    if (mine?.length && theirs?.size && !mine.some((v) => theirs.has(v))) return true;
  }
  return false;
}

/** How many of the document's entity values the wave itself names at least twice. */
function sharedValues(p: Profile, d: ComplaintDoc): number {
  let n = 0;
  for (const [k, vs] of Object.entries(d.entities) as [EntityKind, string[]][]) for (const v of vs) if (p.values.has(`${k}:${v}`)) n++;
  return n;
}

function evidence(p: Profile, d: ComplaintDoc): number {
  let n = sharedValues(p, d);
  for (const c of new Set(d.concepts ?? [])) if (p.concepts.has(c)) n++;
  return n;
}

/** Two waves of one category that are one incident read as two neighbouring types (a parcel "stuck at the Lyon
 * depot" and "lost in Lyon"): they share an entity value both name at least twice. (Sharing most concepts was
 * tried too: it merged different problems of one category.) */
function sameIncident(a: Profile, b: Profile, windowMs: number): boolean {
  if (a.category !== b.category || a.wave.incidentId || b.wave.incidentId) return false;
  if (a.wave.firstAt.getTime() - b.wave.lastAt.getTime() > windowMs || b.wave.firstAt.getTime() - a.wave.lastAt.getTime() > windowMs) return false;
  return [...a.values].some((v) => b.values.has(v));
}

function absorb(into: ComplaintGroup, from: ComplaintGroup) {
  into.caseIds.push(...from.caseIds);
  for (const c of from.contactIds) into.contactIds.add(c);
  if (from.firstAt < into.firstAt) into.firstAt = from.firstAt;
  if (from.lastAt > into.lastAt) into.lastAt = from.lastAt;
  into.langs.fr += from.langs.fr;
  into.langs.en += from.langs.en;
  for (const [k, m] of from.entities) {
    const mine = into.entities.get(k) ?? new Map<string, number>();
    for (const [v, n] of m) mine.set(v, (mine.get(v) ?? 0) + n);
    into.entities.set(k, mine);
  }
}

function mergeNeighbours(profiles: Profile[], byId: Map<string, ComplaintDoc>, windowMs: number): Profile[] {
  // Larger waves first, so a smaller neighbour joins the larger one and the incident keeps the larger's type.
  const bySize = [...profiles].sort((a, b) => b.wave.caseIds.length - a.wave.caseIds.length);
  const kept: Profile[] = [];
  for (const p of bySize) {
    const into = kept.find((k) => sameIncident(k, p, windowMs));
    if (into) absorb(into.wave, p.wave); else kept.push(p);
  }
  return kept.map((k) => profile(k.wave, byId));
}

/** Moves stragglers into waves and joins waves that are one incident (mutating the groups); returns the waves. */
export function attachToWaves(groups: ComplaintGroup[], docs: ComplaintDoc[], opts: GroupOptions & { minShared?: number }): ComplaintGroup[] {
  const minShared = opts.minShared ?? 3;
  const isWave = (g: ComplaintGroup) => g.contactIds.size >= opts.minContacts || !!g.incidentId;
  const byId = new Map(docs.map((d) => [d.caseId, d]));
  const profiles = mergeNeighbours(groups.filter(isWave).map((w) => profile(w, byId)), byId, opts.windowMs);
  const inWave = new Set(profiles.flatMap((p) => p.wave.caseIds));
  for (const d of docs) {
    if (inWave.has(d.caseId) || d.incidentId) continue;
    const own = categoryOf(d.problem);
    let best: Profile | null = null;
    let bestScore = 0;
    for (const p of profiles) {
      const t = d.at.getTime();
      if (t < p.wave.firstAt.getTime() - opts.windowMs || t > p.wave.lastAt.getTime() + opts.windowMs) continue;
      if (own && own !== p.category) continue;
      if (contradicts(p, d)) continue;
      const s = evidence(p, d);
      // An untyped "me too" naming one of the wave's own entity values ("+1 Lyon 6e") says it is that wave.
      const meTooOfWave = !own && d.meToo && sharedValues(p, d) > 0;
      if (!meTooOfWave && s < minShared + (own || d.meToo ? 0 : 2) - (own && d.meToo ? 1 : 0)) continue;
      if (s > bestScore || (s === bestScore && best && p.wave.caseIds.length > best.wave.caseIds.length)) {
        best = p;
        bestScore = s;
      }
    }
    if (!best) continue;
    const w = best.wave;
    w.caseIds.push(d.caseId);
    w.contactIds.add(d.contactId);
    if (d.at < w.firstAt) w.firstAt = d.at;
    if (d.at > w.lastAt) w.lastAt = d.at;
    if (d.lang) w.langs[d.lang]++;
  }
  return profiles.map((p) => p.wave);
}
