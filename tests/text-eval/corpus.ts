// The labelled corpora that judge text analysis (issue #18): one folder per task, each split BY FAMILY (the idea
// or problem an item expresses) into dev.tsv, which rules may be tuned on, and test.tsv, which is sealed: its
// hash is in seal.json and checked by tests/unit/text-eval-seal.test.ts, and nothing may be changed by looking at
// its errors (evaluate.ts prints only its figures). Columns are per task; lines starting with # are comments.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const TASKS = ["incidents", "sentiment", "satisfaction", "promises", "guards", "handoff"] as const;
export type Task = (typeof TASKS)[number];
export type Half = "dev" | "test";

/** Column names per task, in file order; `family` and `lang` are always the first two or appear by name. */
export const COLUMNS: Record<Task, string[]> = {
  incidents: ["family", "category", "lang", "text"],
  sentiment: ["family", "lang", "label", "text"],
  satisfaction: ["family", "lang", "label", "text"],
  promises: ["family", "lang", "sent_at", "due_min", "due_max", "text"],
  // expect: "good" or findings joined by "+" (tone:<category>, personal, duplicate, no-next-step);
  // customer: the customer's latest message ("-" if none); earlier: an earlier reply in the thread ("-").
  guards: ["family", "lang", "visibility", "first", "expect", "customer", "earlier", "text"],
  // label: "failed" (the customer reports that the route we gave did not work, issue #25) or "ordinary".
  handoff: ["family", "lang", "label", "text"],
};

export type Row = Record<string, string> & { family: string; lang: string; text: string };

export const corpusDir = path.dirname(fileURLToPath(import.meta.url));
export const halfFile = (task: Task, half: Half) => path.join(corpusDir, task, `${half}.tsv`);

/** The idea a family expresses: itself, unless <task>/ideas.tsv joins families that are one idea. */
export function ideaOf(task: Task, family: string): string {
  const file = path.join(corpusDir, task, "ideas.tsv");
  if (!ideas.has(task)) {
    const lines = existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")) : [];
    ideas.set(task, new Map(lines.map((l) => l.split("\t").map((x) => x.trim()) as [string, string])));
  }
  return ideas.get(task)!.get(family) ?? family;
}
const ideas = new Map<Task, Map<string, string>>();

/** Which half a family belongs to: a hash of its idea, so the writer of a corpus does not choose. */
export function halfOf(task: Task, family: string): Half {
  return createHash("sha256").update(`${task}:${ideaOf(task, family)}`).digest()[0]! % 2 === 0 ? "test" : "dev";
}

export function parseRows(task: Task, text: string, source: string): Row[] {
  const cols = COLUMNS[task];
  return text.split("\n").flatMap((line, i) => {
    if (!line.trim() || line.startsWith("#")) return [];
    const fields = line.split("\t");
    if (fields.length !== cols.length) throw new Error(`${source}:${i + 1}: ${fields.length} fields, ${cols.length} expected`);
    return [Object.fromEntries(cols.map((c, j) => [c, fields[j]!.trim()])) as Row];
  });
}

export function loadHalf(task: Task, half: Half): Row[] {
  const file = halfFile(task, half);
  return parseRows(task, readFileSync(file, "utf8"), file);
}

/** The fresh files of a task once read (`fresh/<task>-fN.tsv`, development data), all but `except` (file names
 * without .tsv, comma-separated: the writers a trainer leaves out to see how it carries over). */
export function freshFiles(task: Task, except?: string): { file: string; rows: Row[] }[] {
  const dir = path.join(corpusDir, "fresh");
  const left = new Set((except ?? "").split(",").filter(Boolean).map((e) => `${e}.tsv`));
  return readdirSync(dir).filter((f) => new RegExp(`^${task}-f\\d+\\.tsv$`).test(f) && !left.has(f))
    .map((f) => ({ file: f, rows: parseRows(task, readFileSync(path.join(dir, f), "utf8"), f) }));
}

export function sha256OfFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}
