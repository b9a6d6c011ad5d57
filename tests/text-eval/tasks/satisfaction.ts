// Answers to the satisfaction check (issue #18 §4), read by lib/resolution/classify-answer.ts. Caution is
// asymmetric: a customer who says it is not fixed must never be read as a confirmation (the case would close).
// Target on unseen answers: 0 disputes closed as confirmed; ≥ 90 % right.
import { classifyAnswer } from "../../../lib/resolution/classify-answer";
import type { Row } from "../corpus";
import { fig, pct, type TaskReport } from "./report";

const READ: Record<string, string> = { satisfied: "confirmed", dissatisfied: "not_fixed", unclear: "unclear" };

export function evaluateSatisfaction(rows: Row[]): TaskReport {
  const read = rows.map((r) => ({ r, got: READ[classifyAnswer(r.text).verdict]! }));
  const gold = (label: string) => read.filter((x) => x.r.label === label);
  const asConfirmed = (xs: typeof read) => xs.filter((x) => x.got === "confirmed").length;
  return {
    figures: [
      fig("items", rows.length, "count"),
      fig("right", pct(read.filter((x) => x.got === x.r.label).length, read.length)),
      fig("disputes read as confirmed", asConfirmed(gold("not_fixed")), "count"),
      fig("unclear read as confirmed", asConfirmed(gold("unclear")), "count"),
      fig("confirmations recognised", pct(asConfirmed(gold("confirmed")), gold("confirmed").length)),
      fig("disputes recognised", pct(gold("not_fixed").filter((x) => x.got === "not_fixed").length, gold("not_fixed").length)),
    ],
    errors: read.filter((x) => x.got !== x.r.label).map((x) => `[${x.r.family}] ${x.r.label} → ${x.got}: ${x.r.text}`),
  };
}
