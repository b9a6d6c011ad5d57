// Speed of the draft check: a 1,000-character draft in a case with 50 earlier replies, checked as the composer
// does on a keystroke (earlier replies' 5-grams precomputed) and as the server does (computed each time).
// Printed beside a same-run baseline: the cost of folding the draft alone. Target: p95 ≤ 20 ms.
// Run: npx tsx tests/bench/guards-bench.ts  → tests/bench/.output/guards-bench.{json,md}
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkGuards } from "../../lib/guards/check-guards";
import { grams } from "../../lib/guards/check-duplicate";
import { ruleText } from "../../lib/guards/rule-text";

const RUNS = 400;
const base = "Bonjour Claire, nous sommes vraiment désolés pour ce retard de livraison. J'ai vérifié votre commande : le colis est resté bloqué au centre de tri de Lyon, et nous avons demandé au transporteur une livraison prioritaire vendredi. Comme on vous l'a déjà dit, ce n'est pas notre faute, mais vous avez raison, ce n'est pas normal. ";
const draft = (base.repeat(4)).slice(0, 1000);
// A draft no rule stops at: the learned tone model (lib/guards/tone-model.ts) then scores it, sentence by sentence.
const cleanBase = "Bonjour Claire, nous sommes vraiment désolés pour ce retard de livraison. J'ai vérifié votre commande : le colis est resté au centre de tri de Lyon, et nous avons demandé au transporteur une livraison prioritaire vendredi matin. Je vous écris en privé pour confirmer le créneau et nous vous remboursons les frais de port. ";
const cleanDraft = (cleanBase.repeat(4)).slice(0, 1000);
const earlier = Array.from({ length: 50 }, (_, i) => ({
  body: `Réponse ${i} : merci pour votre patience, nous regardons la commande ${1000 + i} et revenons vers vous avant ${8 + (i % 10)} h. Désolés pour la gêne, nous suivons le dossier de près avec l'entrepôt de ${["Lyon", "Lille", "Nantes", "Paris"][i % 4]}.`,
  at: new Date(Date.UTC(2026, 0, 1 + i)),
}));
const earlierGrams = earlier.map((e) => grams(e.body));

function measure(fn: () => unknown): { p50: number; p95: number; max: number } {
  for (let i = 0; i < 30; i++) fn(); // warm-up: JIT and regex compilation
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: q(0.5), p95: q(0.95), max: times.at(-1)! };
}

const ctx = { visibility: "public" as const, locale: "fr" as const, earlierReplies: earlier, firstAnswer: false };
const rows = {
  "baseline: fold the draft only": measure(() => ruleText(draft)),
  "check, composer (earlier 5-grams cached)": measure(() => checkGuards(draft, { ...ctx, earlierGrams })),
  "check, server (earlier 5-grams computed)": measure(() => checkGuards(draft, ctx)),
  "check, server, no rule finding (the tone model runs)": measure(() => checkGuards(cleanDraft, ctx)),
};
const md = [
  `Draft: ${draft.length} characters; earlier replies: ${earlier.length}; runs: ${RUNS} (after 30 warm-up).`,
  "",
  "| measure | p50 ms | p95 ms | max ms |",
  "|---|---|---|---|",
  ...Object.entries(rows).map(([k, r]) => `| ${k} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.max.toFixed(2)} |`),
  "",
  `Target p95 ≤ 20 ms: ${Math.max(rows["check, server (earlier 5-grams computed)"].p95, rows["check, server, no rule finding (the tone model runs)"].p95) <= 20 ? "met" : "NOT met"} (server paths).`,
].join("\n");
console.log(md);
const dir = join(import.meta.dirname, ".output");
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "guards-bench.json"), JSON.stringify({ draftLength: draft.length, earlier: earlier.length, runs: RUNS, rows }, null, 2));
writeFileSync(join(dir, "guards-bench.md"), md + "\n");
