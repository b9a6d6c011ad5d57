// Incident grouping (issue #18 §3): a day's complaints from different customers, drawn from the corpus, go
// through what ingestion and lib/incidents do with them (language, then complaint-doc.ts and grouping);
// then each problem should sit in one incident. The shape of a trial is the independent check's: 3 problems of
// different categories × 8 customers, plus 15 unrelated complaints, over 24 hours. Targets on unseen complaints:
// for each problem ≥ 6 of 8 in one incident; ≤ 1 unrelated pulled in; no two problems merged. "Sibling" trials
// put two problems of the SAME category side by side (a harder case the target does not name) and count merges.
import { complaintDoc } from "../../../lib/incidents/complaint-doc";
import { DEFAULT_GROUPING, groupComplaints, type ComplaintDoc } from "../../../lib/incidents/group-complaints";
import { detectLanguage } from "../../../lib/ingest/detect-language";
import type { Row } from "../corpus";
import { fig, pct, sample, seeded, type TaskReport } from "./report";

const TRIALS = 200;
const DAY = 24 * 3_600_000;

/** Production's path from one stored complaint to a grouping document: the message's language as ingestion
 * detects it, then lib/incidents/complaint-doc.ts, the function suggest-incidents.ts's loader calls. */
function toDoc(id: string, text: string, at: Date): ComplaintDoc | null {
  return complaintDoc({ caseId: id, contactId: `contact-${id}`, at, messages: [{ body: text, language: detectLanguage(text) }] });
}

interface Drawn { id: string; problem: string | null; row: Row }

function groupDrawn(drawn: Drawn[], rnd: () => number): Map<string, number> {
  const start = Date.UTC(2026, 2, 10, 6);
  const docs = drawn.flatMap((d) => toDoc(d.id, d.row.text, new Date(start + Math.floor(rnd() * DAY))) ?? []);
  const groupOf = new Map<string, number>();
  groupComplaints(docs, DEFAULT_GROUPING).forEach((g, i) => g.caseIds.forEach((c) => groupOf.set(c, i)));
  return groupOf;
}

function draw(problems: string[], byFamily: Map<string, Row[]>, unrelated: Row[], rnd: () => number): Drawn[] {
  const drawn: Drawn[] = [];
  for (const p of problems) sample(byFamily.get(p)!, 8, rnd).forEach((row, i) => drawn.push({ id: `${p}#${i}`, problem: p, row }));
  sample(unrelated, 15, rnd).forEach((row, i) => drawn.push({ id: `u#${i}`, problem: null, row }));
  return drawn;
}

function mergedProblems(drawn: Drawn[], groupOf: Map<string, number>): boolean {
  const perGroup = new Map<number, Map<string, number>>();
  for (const d of drawn) {
    const g = groupOf.get(d.id);
    if (g === undefined || !d.problem) continue;
    const m = perGroup.get(g) ?? new Map<string, number>();
    m.set(d.problem, (m.get(d.problem) ?? 0) + 1);
    perGroup.set(g, m);
  }
  return [...perGroup.values()].some((m) => [...m.values()].filter((n) => n >= 2).length >= 2);
}

export function evaluateIncidents(rows: Row[]): TaskReport {
  const byFamily = new Map<string, Row[]>();
  for (const r of rows) if (!r.family.startsWith("u-")) byFamily.set(r.family, [...(byFamily.get(r.family) ?? []), r]);
  const problems = [...byFamily.keys()].filter((f) => byFamily.get(f)!.length >= 8).sort();
  const category = (f: string) => byFamily.get(f)![0]!.category!;
  const unrelated = rows.filter((r) => r.family.startsWith("u-"));
  const rnd = seeded(18);
  let grouped = 0, pulled = 0, pulledTrials = 0, merged = 0, passing = 0;
  const misses = new Map<string, number>();
  for (let t = 0; t < TRIALS; t++) {
    const picked: string[] = [];
    for (const f of sample(problems, problems.length, rnd)) if (picked.length < 3 && !picked.some((p) => category(p) === category(f))) picked.push(f);
    const drawn = draw(picked, byFamily, unrelated, rnd);
    const groupOf = groupDrawn(drawn, rnd);
    let ok = 0;
    for (const p of picked) {
      const counts = new Map<number, number>();
      for (const d of drawn) if (d.problem === p && groupOf.has(d.id)) counts.set(groupOf.get(d.id)!, (counts.get(groupOf.get(d.id)!) ?? 0) + 1);
      if (Math.max(0, ...counts.values()) >= 6) ok++; else misses.set(p, (misses.get(p) ?? 0) + 1);
    }
    const u = drawn.filter((d) => !d.problem && groupOf.has(d.id)).length;
    const m = mergedProblems(drawn, groupOf);
    grouped += ok; pulled += u; if (u <= 1) pulledTrials++; if (m) merged++;
    if (ok === picked.length && u <= 1 && !m) passing++;
  }
  // Siblings: two problems of one category side by side, with a third and the unrelated ones.
  const categories = [...new Set(problems.map(category))].filter((c) => problems.filter((p) => category(p) === c).length >= 2);
  let siblingTrials = 0, siblingMerged = 0;
  for (let t = 0; t < TRIALS && categories.length; t++) {
    const c = categories[t % categories.length]!;
    const pair = sample(problems.filter((p) => category(p) === c), 2, rnd);
    const drawn = draw(pair, byFamily, unrelated, rnd);
    siblingTrials++;
    if (mergedProblems(drawn, groupDrawn(drawn, rnd))) siblingMerged++;
  }
  return {
    figures: [
      fig("problems", problems.length, "count"),
      fig("unrelated complaints", unrelated.length, "count"),
      fig("problems with ≥ 6 of 8 in one incident", pct(grouped, TRIALS * 3)),
      fig("unrelated pulled in per trial (of 15)", pulled / TRIALS, "mean"),
      fig("trials with ≤ 1 unrelated pulled in", pct(pulledTrials, TRIALS)),
      fig("trials with two problems merged", pct(merged, TRIALS)),
      fig("trials meeting all three targets", pct(passing, TRIALS)),
      fig("sibling trials merged (same category)", siblingTrials ? siblingMerged / siblingTrials : 0),
    ],
    errors: [...misses.entries()].sort((a, b) => b[1] - a[1]).map(([p, n]) => `[${p}] under 6 of 8 in ${n} trials`),
  };
}
