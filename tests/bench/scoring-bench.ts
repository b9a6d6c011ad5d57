// `npx tsx tests/bench/scoring-bench.ts [N]`: time of scoreMessage (lib/scoring) on N inbound messages (default
// 10,000), drawn in turn from the labelled set in tests/scoring/ with a counter appended so no two are equal.
// Ingestion scores every inbound message, so this is a per-event cost of the ingest path. Printed for the rules
// alone and with the learned second opinion, measured in the same run.
import { performance } from "node:perf_hooks";
import { loadSet } from "../scoring/evaluate-sentiment";
import { scoreMessage } from "../../lib/scoring/score-message";

const N = Number(process.argv[2] ?? 10_000);
const texts = loadSet().map((x) => x.text);
const messages = Array.from({ length: N }, (_, i) => `${texts[i % texts.length]} #${i}`);
for (const m of messages.slice(0, 500)) scoreMessage(m); // warm-up (JIT, stem caches)
// With and without the learned second opinion (sentiment-model.ts), alternated, so the two figures share the
// machine's state: the baseline is the rules alone.
const runs: Record<"rules" | "with model", number[]> = { rules: [], "with model": [] };
for (let r = 0; r < 5; r++) {
  for (const variant of ["rules", "with model"] as const) {
    const t = performance.now();
    let sink = 0;
    for (const m of messages) sink += scoreMessage(m, { model: variant === "with model" }).sentiment;
    runs[variant].push(performance.now() - t);
    if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
  }
}
for (const [variant, xs] of Object.entries(runs)) {
  xs.sort((a, b) => a - b);
  const median = xs[2]!;
  console.log(`scoreMessage (${variant}) on ${N} messages: median ${median.toFixed(0)} ms (${((median * 1000) / N).toFixed(1)} µs per message; runs ${xs.map((x) => x.toFixed(0)).join(", ")} ms)`);
}
