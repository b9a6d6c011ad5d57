// The design document lives in the repository (docs/ARCHITECTURE.md, issue #21 item 5), and code points into it
// as "docs/ARCHITECTURE.md § <section>" (or a Markdown link with #anchor). A reference to a section that was
// renamed or never written fails here, by file and line; so does a reference to the design notes that used to
// live outside the repository, which a maintainer who clones it cannot read.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const DOC = "docs/ARCHITECTURE.md";
// Text sources only: never the corpora (*.tsv, whose sealed halves nobody reads), nor generated or installed code.
const EXTENSIONS = /\.(ts|tsx|mjs|js|md|sh)$/;
const SKIP = new Set(["node_modules", ".git", ".next", ".data", "generated", "test-results", "playwright-report", "public"]);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : EXTENSIONS.test(name) ? [p] : [];
  });
}

/** The document's headings, outside code blocks. */
export function headingsOf(markdown: string): string[] {
  let fenced = false;
  return markdown.split("\n").flatMap((line) => {
    if (line.startsWith("```")) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*$/.exec(line);
    return m ? [m[1]!] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
export const anchorOf = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, "").trim().replace(/\s+/g, "-");

/** Problems with the references of one text (empty: every one names a section that exists). */
export function brokenReferences(text: string, headings: string[]): string[] {
  const broken: string[] = [];
  for (const m of text.matchAll(/ARCHITECTURE\.md\s*§\s*([^\n]*)/g)) {
    // A section's name runs to the end of the line or to punctuation: it must START with a heading.
    if (!headings.some((h) => m[1]!.startsWith(h))) broken.push(`§ ${m[1]!.slice(0, 40)}`);
  }
  for (const m of text.matchAll(/ARCHITECTURE\.md#([\w-]+)/g)) {
    if (!headings.some((h) => anchorOf(h) === m[1])) broken.push(`#${m[1]}`);
  }
  return broken;
}

const headings = headingsOf(readFileSync(path.join(ROOT, DOC), "utf8"));
const files = walk(ROOT).filter((f) => f !== __filename);
const OUTSIDE_NOTES = new RegExp(["DESIGN", "§|DESIGN", "\\.md"].join(""));

describe("references to docs/ARCHITECTURE.md", () => {
  it("reads the document's sections, and rejects a section it does not have", () => {
    expect(headings).toEqual(expect.arrayContaining(["Database modes", "Rules the product enforces", "Machine facts"]));
    expect(brokenReferences("see docs/ARCHITECTURE.md § Database modes).", headings)).toEqual([]);
    expect(brokenReferences("see docs/ARCHITECTURE.md § Data base modes.", headings)).toEqual(["§ Data base modes."]);
    expect(brokenReferences("[rules](docs/ARCHITECTURE.md#rules-the-product-enforces)", headings)).toEqual([]);
    expect(brokenReferences("[rules](docs/ARCHITECTURE.md#the-rules)", headings)).toEqual(["#the-rules"]);
  });

  it("name sections that exist, everywhere in the code, tests and documents", () => {
    const broken: string[] = [];
    let count = 0;
    for (const file of files) {
      readFileSync(file, "utf8").split("\n").forEach((line, i) => {
        if (line.includes("ARCHITECTURE.md")) count++;
        for (const b of brokenReferences(line, headings)) broken.push(`${path.relative(ROOT, file)}:${i + 1}: ${b}`);
      });
    }
    expect(count, "the scanner found the references").toBeGreaterThan(5);
    expect(broken, `Sections of ${DOC}: ${headings.join(" · ")}`).toEqual([]);
  });

  it("leave no pointer to the design notes kept outside the repository", () => {
    const outside = files.flatMap((file) =>
      readFileSync(file, "utf8").split("\n").flatMap((line, i) => (OUTSIDE_NOTES.test(line) ? [`${path.relative(ROOT, file)}:${i + 1}`] : [])));
    expect(outside, `point these into ${DOC} instead`).toEqual([]);
  });

  it("find the READMEs that files point to", () => {
    const missing = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\btests\/[\w/-]+\/README\.md\b/g)].map((m) => m[0]).filter((p) => !existsSync(path.join(ROOT, p))));
    expect(missing).toEqual([]);
  });
});
