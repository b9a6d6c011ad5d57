// Language detection on ingestion (lib/ingest/detect-language.ts): accuracy on the labelled French/English
// messages we hold (tests/scoring/sentiment-set.tsv, customer messages; tests/guards/drafts-*.txt, replies)
// and the time for 10,000 short messages, the per-message cost ingestion pays.
// Run: npx tsx tests/bench/detect-language-bench.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadDrafts } from "../guards/load-set";

async function main() {
  const rss0 = process.memoryUsage().rss;
  const l0 = performance.now();
  const { detectLanguage } = await import("../../lib/ingest/detect-language");
  console.log(`load ${(performance.now() - l0).toFixed(0)} ms, +${((process.memoryUsage().rss - rss0) / 1e6).toFixed(0)} MB resident`);
  const dir = import.meta.dirname;
  const messages = readFileSync(join(dir, "../scoring/sentiment-set.tsv"), "utf8").split("\n")
    .filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t")).map(([, , lang, text]) => ({ lang: lang!, text: text! }));
  const drafts = loadDrafts().map((d) => ({ lang: d.lang, text: d.text }));

  for (const [name, set] of [["customer messages", messages], ["reply drafts", drafts]] as const) {
    let right = 0, none = 0;
    const wrong: string[] = [];
    for (const m of set) {
      const got = detectLanguage(m.text);
      if (got === m.lang) right++;
      else if (got === null) none++;
      else wrong.push(`${m.lang}→${got}: ${m.text.slice(0, 70)}`);
    }
    console.log(`${name}: ${right}/${set.length} right, ${none} unknown, ${wrong.length} wrong`);
    for (const w of wrong.slice(0, 8)) console.log(`  ${w}`);
}

const short = messages.map((m) => m.text.slice(0, 80));
const t0 = performance.now();
detectLanguage("Bonjour, ma commande n'est pas arrivée");
const t1 = performance.now();
for (let i = 0; i < 10_000; i++) detectLanguage(short[i % short.length]!);
const t2 = performance.now();
console.log(`first call ${(t1 - t0).toFixed(1)} ms; 10,000 short messages ${(t2 - t1).toFixed(0)} ms (${((t2 - t1) / 10).toFixed(1)} µs each)`);
}

void main();
