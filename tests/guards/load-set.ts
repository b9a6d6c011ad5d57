// Reads the first labelled sets of the guards (tests/guards/*.txt): development material only (issue #19).
// Their old tuning/held-out split is retired: 10 of its 22 held-out personal-data drafts were identical to
// tuning ones, so it could not measure anything. The honest evaluation is tests/text-eval/guards (split by
// family, test half sealed; `npm run eval:guards`). These sets remain for the seeds' acceptance tests and as
// extra training data of the tone model (tests/guards/train-tone-model.ts). Their tone labels use the first
// category names; toneCategory() maps them to today's.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface LabelledDraft {
  id: string;
  lang: "fr" | "en";
  text: string;
  visibility: "public" | "private";
  /** Tone categories expected (empty: no tone finding at warning or high). */
  tone: string[];
  /** Personal-data categories expected in this draft's visibility (empty: none flagged). */
  personal: string[];
  source: string | null;
  /** 1: the first set (drafts-<lang>.txt); 2: the second batch (drafts-<lang>-more.txt). */
  batch: 1 | 2;
}
export interface LabelledPair {
  id: string;
  earlier: string;
  draft: string;
  duplicate: boolean;
  source: string | null;
}

const DIR = join(import.meta.dirname, ".");

/** Today's tone category of a first-set label (null: "boilerplate", no longer a tone finding). */
export function toneCategory(old: string): string | null {
  const map: Record<string, string | null> = { annoyance: "dismissal", silencing: "dismissal", mockery: "sarcasm", false_resolution: "false-resolution", boilerplate: null };
  return old in map ? map[old]! : old;
}

const LINE = /^([A-Z][^|[]*?)\s*(?:\[(\w+)\])?\s*\|\s(.*)$/;

export function loadDrafts(): LabelledDraft[] {
  const out: LabelledDraft[] = [];
  const files = [["fr", 1, "drafts-fr.txt"], ["en", 1, "drafts-en.txt"], ["fr", 2, "drafts-fr-more.txt"], ["en", 2, "drafts-en-more.txt"]] as const;
  for (const [lang, batch, file] of files) {
    const lines = readFileSync(join(DIR, file), "utf8").split("\n");
    lines.forEach((line, n) => {
      if (!line.trim() || line.startsWith("#")) return;
      const m = LINE.exec(line);
      if (!m) throw new Error(`${file}:${n + 1}: cannot read "${line.slice(0, 40)}"`);
      const labels = m[1]!.split("+").map((s) => s.trim());
      const text = m[3]!.trim();
      const isPrivate = labels.some((l) => l.startsWith("Q:"));
      out.push({
        id: batch === 1 ? `${lang}:${n + 1}` : `${lang}-more:${n + 1}`,
        lang,
        text,
        visibility: isPrivate ? "private" : "public",
        tone: labels.filter((l) => l.startsWith("T:")).map((l) => l.slice(2)),
        personal: labels.filter((l) => l.startsWith("P:")).map((l) => l.slice(2)),
        source: m[2] ?? null,
        batch,
      });
    });
  }
  return out;
}

export function loadPairs(): LabelledPair[] {
  const lines = readFileSync(join(DIR, "duplicates.txt"), "utf8").split("\n");
  const out: LabelledPair[] = [];
  lines.forEach((line, n) => {
    if (!line.trim() || line.startsWith("#")) return;
    const m = LINE.exec(line);
    const parts = m?.[3]?.split("|||");
    if (!m || parts?.length !== 2) throw new Error(`duplicates.txt:${n + 1}: cannot read`);
    const [earlier, draft] = parts.map((p) => p.trim()) as [string, string];
    out.push({ id: `dup:${n + 1}`, earlier, draft, duplicate: m[1]!.trim() === "D", source: m[2] ?? null });
  });
  return out;
}
