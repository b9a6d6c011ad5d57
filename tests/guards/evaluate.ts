// Prints precision and recall per kind of finding on the tuning half and on the held-out half of the
// labelled set. Counts findings at `warning` or `high` only (`info` is advice). `--misses` lists the
// errors of the TUNING half (never the held-out one: that half is for measuring, not for fitting).
// Writes tests/guards/.output/evaluation.{json,md}. Run: npx tsx tests/guards/evaluate.ts [--misses]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkGuards } from "../../lib/guards/check-guards";
import { loadDrafts, loadPairs, type Half } from "./load-set";

type Counts = { tp: number; fp: number; fn: number; tn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const flagged = (ws: { kind: string; severity: string }[], kind: string) => ws.some((w) => w.kind === kind && w.severity !== "info");

export function evaluate(showMisses = false) {
  const table: Record<Half, Record<string, Counts>> = { tuning: {}, "held-out": {} };
  const catHits: Record<Half, { right: number; total: number }> = { tuning: { right: 0, total: 0 }, "held-out": { right: 0, total: 0 } };
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
    const ws = checkGuards(d.text, { visibility: d.visibility, locale: d.lang });
    const toneGot = flagged(ws, "tone");
    const cats = ws.filter((w) => w.kind === "tone" && w.severity !== "info").map((w) => w.category);
    tally(d.half, "tone", d.tone.length > 0, toneGot, `${d.text}  → ${JSON.stringify(cats)}`);
    if (d.tone.length > 0 && toneGot) {
      catHits[d.half].total++;
      if (cats.some((c) => d.tone.includes(c!))) catHits[d.half].right++;
      else if (showMisses && d.half === "tuning") misses.push(`CATEGORY ${d.tone.join("+")} got ${cats.join("+")}: ${d.text}`);
    }
    tally(d.half, "personal-data", d.personal.length > 0, flagged(ws, "personal-data"), d.text);
  }
  for (const p of loadPairs()) {
    const ws = checkGuards(p.draft, { visibility: "private", earlierReplies: [{ body: p.earlier, at: "2026-01-14T09:24:00Z" }] });
    tally(p.half, "duplicate", p.duplicate, flagged(ws, "duplicate"), p.draft);
  }
  const rows: { half: Half; kind: string; n: number; precision: number; recall: number }[] = [];
  for (const half of ["tuning", "held-out"] as const) {
    for (const [kind, c] of Object.entries(table[half])) {
      rows.push({ half, kind, n: c.tp + c.fp + c.fn + c.tn, precision: c.tp / Math.max(1, c.tp + c.fp), recall: c.tp / Math.max(1, c.tp + c.fn) });
    }
  }
  return { rows, table, categoryAccuracy: catHits, misses };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, table, categoryAccuracy, misses } = evaluate(process.argv.includes("--misses"));
  const f = (x: number) => x.toFixed(2);
  const md = [
    "| half | kind | items | precision | recall | tp | fp | fn |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) => { const c = table[r.half][r.kind]!; return `| ${r.half} | ${r.kind} | ${r.n} | ${f(r.precision)} | ${f(r.recall)} | ${c.tp} | ${c.fp} | ${c.fn} |`; }),
    "",
    ...(["tuning", "held-out"] as const).map((h) => `Tone category right (${h}): ${categoryAccuracy[h].right}/${categoryAccuracy[h].total}`),
  ].join("\n");
  console.log(md);
  if (misses.length) console.log(`\nTuning-half errors (${misses.length}):\n${misses.join("\n")}`);
  const dir = join(import.meta.dirname, ".output");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "evaluation.json"), JSON.stringify({ rows, table, categoryAccuracy }, null, 2));
  writeFileSync(join(dir, "evaluation.md"), md + "\n");
}
