// Prints the accuracy of lib/scoring on the labelled set beside this file (sentiment: 3 classes; urgency: urgent
// or not), overall and per language, and the misses. `npm run eval:sentiment`; the unit test asserts a floor.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scoreMessage, type SentimentLabel } from "../../lib/scoring/score-message";

export interface Labelled { sentiment: SentimentLabel; urgent: boolean; lang: "fr" | "en"; text: string }

const NAMES: Record<string, SentimentLabel> = { neg: "negative", neu: "neutral", pos: "positive" };

export function loadSet(): Labelled[] {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "sentiment-set.tsv");
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => {
    const [s, u, lang, ...rest] = l.split("\t");
    return { sentiment: NAMES[s!]!, urgent: u === "1", lang: lang as "fr" | "en", text: rest.join("\t") };
  });
}

export function evaluate(set: Labelled[]) {
  const rows = set.map((x) => ({ ...x, got: scoreMessage(x.text) }));
  const acc = (r: typeof rows) => r.filter((x) => x.got.label === x.sentiment).length / Math.max(1, r.length);
  const urgAcc = rows.filter((x) => (x.got.urgency >= 50) === x.urgent).length / rows.length;
  return {
    n: rows.length,
    sentimentAccuracy: acc(rows),
    fr: acc(rows.filter((x) => x.lang === "fr")),
    en: acc(rows.filter((x) => x.lang === "en")),
    negativeRecall: acc(rows.filter((x) => x.sentiment === "negative")),
    urgencyAccuracy: urgAcc,
    misses: rows.filter((x) => x.got.label !== x.sentiment).map((x) => `${x.sentiment} → ${x.got.label} (${x.got.sentiment}) ${x.text}`),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = evaluate(loadSet());
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  console.log(`labelled messages: ${r.n}`);
  console.log(`sentiment accuracy: ${pct(r.sentimentAccuracy)} (fr ${pct(r.fr)}, en ${pct(r.en)}; negative recall ${pct(r.negativeRecall)})`);
  console.log(`urgency accuracy: ${pct(r.urgencyAccuracy)}`);
  if (process.argv.includes("--misses")) for (const m of r.misses) console.log("  " + m);
}
