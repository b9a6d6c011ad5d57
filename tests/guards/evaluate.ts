// Prints precision and recall per kind of finding on the tuning half and on the held-out half of the
// labelled set. Counts findings at `warning` or `high` only (`info` is advice). `--misses` lists the
// errors of the TUNING half (never the held-out one: that half is for measuring, not for fitting).
// `--rules-only` leaves out the learned tone model (lib/guards/tone-model.ts) to compare the two.
// Writes tests/guards/.output/evaluation[-rules-only].{json,md}. Run: npx tsx tests/guards/evaluate.ts [--misses] [--rules-only]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkGuards } from "../../lib/guards/check-guards";
import { loadDrafts, loadPairs } from "./load-set";

/** The two halves, plus the held-out half restricted to the first set (comparable with earlier figures). */
type Half = "tuning" | "held-out" | "held-out, first set";
const HALVES: Half[] = ["tuning", "held-out", "held-out, first set"];

type Counts = { tp: number; fp: number; fn: number; tn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const flagged = (ws: { kind: string; severity: string }[], kind: string) => ws.some((w) => w.kind === kind && w.severity !== "info");

export function evaluate(showMisses = false, toneModel = true) {
  const table = Object.fromEntries(HALVES.map((h) => [h, {}])) as Record<Half, Record<string, Counts>>;
  const catHits = Object.fromEntries(HALVES.map((h) => [h, { right: 0, total: 0 }])) as Record<Half, { right: number; total: number }>;
  const misses: string[] = [];
  const tally = (half: Half, kind: string, expected: boolean, got: boolean, what: string) => {
    const c = (table[half][kind] ??= zero());
    if (expected && got) c.tp++;
    else if (!expected && got) c.fp++;
    else if (expected && !got) c.fn++;
    else c.tn++;
    if (showMisses && half === "tuning" && expected !== got) misses.push(`${expected ? "MISSED" : "FALSE+"} ${kind}: ${what}`);
  };
  for (const d of loadDrafts()) {
    const ws = checkGuards(d.text, { visibility: d.visibility, locale: d.lang, toneModel });
    for (const half of d.half === "held-out" && d.batch === 1 ? (["held-out", "held-out, first set"] as const) : [d.half]) {
    const toneGot = flagged(ws, "tone");
    const cats = ws.filter((w) => w.kind === "tone" && w.severity !== "info").map((w) => w.category);
    tally(half, "tone", d.tone.length > 0, toneGot, `${d.text}  → ${JSON.stringify(cats)}`);
    if (d.tone.length > 0 && toneGot) {
      catHits[half].total++;
      if (cats.some((c) => d.tone.includes(c!))) catHits[half].right++;
      else if (showMisses && half === "tuning") misses.push(`CATEGORY ${d.tone.join("+")} got ${cats.join("+")}: ${d.text}`);
    }
    tally(half, "personal-data", d.personal.length > 0, flagged(ws, "personal-data"), d.text);
    }
  }
  for (const p of loadPairs()) {
    const ws = checkGuards(p.draft, { visibility: "private", earlierReplies: [{ body: p.earlier, at: "2026-01-14T09:24:00Z" }] });
    for (const half of p.half === "held-out" ? (["held-out", "held-out, first set"] as const) : [p.half]) {
      tally(half, "duplicate", p.duplicate, flagged(ws, "duplicate"), p.draft);
    }
  }
  const rows: { half: Half; kind: string; n: number; precision: number; recall: number }[] = [];
  for (const half of HALVES) {
    for (const [kind, c] of Object.entries(table[half])) {
      rows.push({ half, kind, n: c.tp + c.fp + c.fn + c.tn, precision: c.tp / Math.max(1, c.tp + c.fp), recall: c.tp / Math.max(1, c.tp + c.fn) });
    }
  }
  return { rows, table, categoryAccuracy: catHits, misses };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rulesOnly = process.argv.includes("--rules-only");
  const { rows, table, categoryAccuracy, misses } = evaluate(process.argv.includes("--misses"), !rulesOnly);
  const f = (x: number) => x.toFixed(2);
  const md = [
    rulesOnly ? "Tone: rules only (without the learned model)." : "Tone: rules + the learned model (lib/guards/tone-model.ts).",
    "",
    "| half | kind | items | precision | recall | tp | fp | fn |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => { const c = table[r.half][r.kind]!; return `| ${r.half} | ${r.kind} | ${r.n} | ${f(r.precision)} | ${f(r.recall)} | ${c.tp} | ${c.fp} | ${c.fn} |`; }),
    "",
    ...HALVES.map((h) => `Tone category right (${h}): ${categoryAccuracy[h].right}/${categoryAccuracy[h].total}`),
  ].join("\n");
  console.log(md);
  if (misses.length) console.log(`\nTuning-half errors (${misses.length}):\n${misses.join("\n")}`);
  const dir = join(import.meta.dirname, ".output");
  mkdirSync(dir, { recursive: true });
  const name = rulesOnly ? "evaluation-rules-only" : "evaluation";
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ rows, table, categoryAccuracy }, null, 2));
  writeFileSync(join(dir, `${name}.md`), md + "\n");
}
