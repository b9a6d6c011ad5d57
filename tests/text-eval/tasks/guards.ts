// The draft guards (issue #19) on reply drafts nobody tuned them on: per kind, recall on drafts that should be
// flagged and the false-alarm rate on good drafts (in real use most drafts are good: at one bad draft in twenty,
// a 6 % false-alarm rate makes half the warnings wrong), and whether a good draft is ever blocked (`high`).
// Targets on unseen drafts: tone recall ≥ 0.85, precision ≥ 0.9; no good draft blocked; ≤ 1 good draft in 15
// with any tone, personal-data or duplicate finding; ≤ 1 plain follow-up in 12 flagged; personal data recall 1.0.
import { readFileSync } from "node:fs";
import path from "node:path";
import { checkGuards, type GuardContext, type GuardWarning } from "../../../lib/guards/check-guards";
import { corpusDir, type Row } from "../corpus";
import { fig, pct, type TaskReport } from "./report";

const brand = JSON.parse(readFileSync(path.join(corpusDir, "guards", "brand.json"), "utf8")) as Record<string, string[]>;

/** The context the server gives the check for a draft of this row: what POST /api/v1/drafts/check builds. */
function contextOf(r: Row, toneModel?: boolean): GuardContext {
  return {
    visibility: r.visibility as "public" | "private",
    locale: r.lang as "fr" | "en",
    firstAnswer: r.first === "yes",
    earlierReplies: r.earlier && r.earlier !== "-" ? [{ body: r.earlier, at: "2026-03-10T09:00:00Z" }] : [],
    customerMessages: r.customer && r.customer !== "-" ? [r.customer] : [],
    settings: { publicContacts: Object.values(brand).filter(Array.isArray).flat() },
    ...(toneModel === false ? { toneModel: false } : {}),
  };
}

const FLAGS = new Set(["tone", "personal-data", "duplicate"]);

/** `toneModel: false`: the tone rules alone, without the learned model (npm run eval:guards -- --rules-only). */
export function evaluateGuards(rows: Row[], opts: { toneModel?: boolean } = {}): TaskReport {
  const runs = rows.map((r) => {
    const expect = new Set(r.expect === "good" ? [] : r.expect!.split("+"));
    const got = checkGuards(r.text, contextOf(r, opts.toneModel));
    return { r, expect, got };
  });
  const want = (x: (typeof runs)[number], k: string) => [...x.expect].some((e) => e === k || e.startsWith(`${k}:`));
  const has = (x: (typeof runs)[number], kind: GuardWarning["kind"]) => x.got.some((w) => w.kind === kind);
  const good = runs.filter((x) => x.expect.size === 0);
  const followUps = runs.filter((x) => x.r.family.startsWith("fu-"));
  const tone = runs.filter((x) => want(x, "tone"));
  const toneFlagged = runs.filter((x) => has(x, "tone"));
  const rightCategory = tone.filter((x) => x.got.some((w) => w.kind === "tone" && x.expect.has(`tone:${w.category}`)));
  const personal = runs.filter((x) => want(x, "personal"));
  const dup = runs.filter((x) => want(x, "duplicate"));
  const nextStep = runs.filter((x) => x.r.first === "yes");
  const noNext = nextStep.filter((x) => want(x, "no-next-step"));
  const withNext = nextStep.filter((x) => !want(x, "no-next-step"));
  const anyFlag = (x: (typeof runs)[number]) => x.got.some((w) => FLAGS.has(w.kind));
  return {
    figures: [
      fig("drafts", rows.length, "count"),
      fig("good drafts", good.length, "count"),
      fig("tone recall (warning or high)", pct(tone.filter((x) => has(x, "tone")).length, tone.length)),
      fig("tone precision", pct(toneFlagged.filter((x) => want(x, "tone")).length, toneFlagged.length)),
      fig("tone category right", pct(rightCategory.length, tone.length)),
      fig("personal data recall", pct(personal.filter((x) => has(x, "personal-data")).length, personal.length)),
      fig("duplicate recall", pct(dup.filter((x) => has(x, "duplicate")).length, dup.length)),
      fig("missing next step recall", pct(noNext.filter((x) => has(x, "missing-next-step")).length, noNext.length)),
      fig("good drafts blocked (high)", good.filter((x) => x.got.some((w) => w.severity === "high")).length, "count"),
      fig("good drafts blocked by tone (high)", good.filter((x) => x.got.some((w) => w.kind === "tone" && w.severity === "high")).length, "count"),
      fig("false alarms on good: tone", pct(good.filter((x) => has(x, "tone")).length, good.length)),
      fig("false alarms on good: personal data", pct(good.filter((x) => has(x, "personal-data")).length, good.length)),
      fig("false alarms on good: duplicate", pct(good.filter((x) => has(x, "duplicate")).length, good.length)),
      fig("good drafts with any of the three", pct(good.filter(anyFlag).length, good.length)),
      fig("next step asked of a draft that has one", pct(withNext.filter((x) => has(x, "missing-next-step")).length, withNext.length)),
      fig("plain follow-ups flagged", pct(followUps.filter((x) => x.got.length > 0).length, followUps.length)),
    ],
    errors: runs.filter((x) => {
      const kinds = new Set(x.got.map((w) => (w.kind === "tone" ? `tone:${w.category}` : w.kind === "personal-data" ? "personal" : w.kind === "missing-next-step" ? "no-next-step" : w.kind === "duplicate" ? "duplicate" : "")));
      kinds.delete("");
      if (x.r.first !== "yes") kinds.delete("no-next-step");
      const wanted = [...x.expect].map((e) => (e.startsWith("tone:") ? "tone" : e));
      const gotKinds = [...kinds].map((k) => (k.startsWith("tone:") ? "tone" : k));
      return wanted.some((w) => !gotKinds.includes(w)) || gotKinds.some((g) => !wanted.includes(g));
    }).map((x) => `[${x.r.family}] want ${x.r.expect} got ${x.got.map((w) => `${w.kind}${w.category ? ":" + w.category : ""}/${w.severity}`).join(",") || "nothing"}: ${x.r.text}`),
  };
}
