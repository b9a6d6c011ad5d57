// Reads the labelled evaluation set (tests/guards/*.txt) and splits it ONCE, deterministically, into a
// tuning half and a held-out half: the half of an item is fixed by a hash of its text, so adding items
// never moves existing ones. Rules may be tuned on the tuning half only.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Half = "tuning" | "held-out";
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
  half: Half;
  /** 1: the first set (drafts-<lang>.txt); 2: the second batch (drafts-<lang>-more.txt). */
  batch: 1 | 2;
}
export interface LabelledPair {
  id: string;
  earlier: string;
  draft: string;
  duplicate: boolean;
  source: string | null;
  half: Half;
}

const DIR = join(import.meta.dirname, ".");

/** FNV-1a: a stable hash, the same on every machine and Node version. */
export function halfOf(text: string): Half {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? "tuning" : "held-out";
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
        half: halfOf(`${isPrivate ? "private:" : ""}${text}`),
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
    out.push({ id: `dup:${n + 1}`, earlier, draft, duplicate: m[1]!.trim() === "D", source: m[2] ?? null, half: halfOf(earlier + draft) });
  });
  return out;
}
