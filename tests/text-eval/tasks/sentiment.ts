// Sentiment (issue #18 §6): the label the product gives a message (negative / neutral / positive, from
// lib/scoring/score-message.ts) against a human's, per language. Target on unseen comments: ≥ 85 % right in
// French and in English separately.
import { scoreMessage } from "../../../lib/scoring/score-message";
import type { Row } from "../corpus";
import { fig, pct, type TaskReport } from "./report";

const GOLD: Record<string, string> = { neg: "negative", neu: "neutral", pos: "positive" };

export function evaluateSentiment(rows: Row[]): TaskReport {
  const scored = rows.map((r) => ({ r, gold: GOLD[r.label ?? ""]!, got: scoreMessage(r.text) }));
  const right = (xs: typeof scored) => pct(xs.filter((x) => x.got.label === x.gold).length, xs.length);
  const of = (lang: string) => scored.filter((x) => x.r.lang === lang);
  const gold = (label: string) => scored.filter((x) => x.gold === label);
  return {
    figures: [
      fig("items", rows.length, "count"),
      fig("right, French", right(of("fr"))),
      fig("right, English", right(of("en"))),
      fig("negative recall", right(gold("negative"))),
      fig("neutral recall", right(gold("neutral"))),
      fig("positive recall", right(gold("positive"))),
      fig("positive read as negative", pct(gold("positive").filter((x) => x.got.label === "negative").length, gold("positive").length)),
      fig("negative read as positive", pct(gold("negative").filter((x) => x.got.label === "positive").length, gold("negative").length)),
    ],
    errors: scored.filter((x) => x.got.label !== x.gold)
      .map((x) => `[${x.r.family}] ${x.gold} → ${x.got.label} (${x.got.sentiment}) ${x.r.text}`),
  };
}
