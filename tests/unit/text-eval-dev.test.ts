// CI gates on the development half of the text corpora (never on the sealed half: a gate there would be tuned
// to). The floors are the targets where the development half meets them, else the figure reached, so a
// change that reads customers worse fails here. `npm run eval:text` prints the figures and the misses.
import { describe, expect, it } from "vitest";
import { loadHalf } from "../text-eval/corpus";
import { EVALUATORS } from "../text-eval/evaluators";

function figures(task: keyof typeof EVALUATORS): Record<string, number> {
  return Object.fromEntries(EVALUATORS[task](loadHalf(task, "dev")).figures.map((f) => [f.name, f.value]));
}

describe("text analysis on the development half", () => {
  it("reads the sign of comments in each language", () => {
    const f = figures("sentiment");
    // Reached 99.4 % in each language on this half (tuned on it; the sealed half reads 84.5 / 76.5 %), minus 2.
    expect(f["right, French"]).toBeGreaterThanOrEqual(0.974);
    expect(f["right, English"]).toBeGreaterThanOrEqual(0.974);
  });

  it("never reads a dispute as a confirmation", () => {
    const f = figures("satisfaction");
    // Reached on the development half (373 answers with raw-2.tsv's new families): 0 disputes and 0 unclear
    // answers read as confirmed, 99.7 % right.
    expect(f["disputes read as confirmed"]).toBe(0);
    expect(f["unclear read as confirmed"]).toBe(0);
    expect(f["right"]).toBeGreaterThanOrEqual(0.98);
  });

  it("finds promises with their due time and invents none", () => {
    const f = figures("promises");
    expect(f["right (server on UTC)"]).toBe(f["right (server on Pacific/Auckland)"]);
    // Target ≥ 80 % right and no false follow-up; the development half reaches 100 % and 0.
    expect(f["right (server on UTC)"]).toBeGreaterThanOrEqual(0.95);
    expect(f["dated promises due in their window"]).toBeGreaterThanOrEqual(0.95);
    expect(f["vague promises read as undated"]).toBeGreaterThanOrEqual(0.95);
    expect(f["false follow-ups (no promise)"]).toBe(0);
  });

  it("draft guards: personal data, copy-paste and next step without crying wolf (#19)", () => {
    const f = figures("guards");
    // Reached on the development half (the sealed half in the README), minus a small margin.
    expect(f["personal data recall"]).toBeGreaterThanOrEqual(0.54);
    expect(f["duplicate recall"]).toBeGreaterThanOrEqual(0.88);
    expect(f["missing next step recall"]).toBeGreaterThanOrEqual(0.93);
    expect(f["false alarms on good: personal data"]).toBeLessThanOrEqual(0.01);
    expect(f["false alarms on good: duplicate"]).toBeLessThanOrEqual(0.005);
    expect(f["next step asked of a draft that has one"]).toBeLessThanOrEqual(0.05);
  });

  it("checks reply drafts for tone without crying wolf (guards, tone figures)", () => {
    const f = figures("guards");
    // Development half after #19 (rules + model, in-sample for both): recall 100 %, precision 99.2 %, category
    // right 100 %, no good draft blocked by tone, 0 % tone false alarms on good drafts, 0 % follow-ups
    // flagged. Floors a little below; the sealed half is the honest figure (npm run eval:guards).
    expect(f["tone recall (warning or high)"]).toBeGreaterThanOrEqual(0.97);
    expect(f["tone precision"]).toBeGreaterThanOrEqual(0.95);
    expect(f["tone category right"]).toBeGreaterThanOrEqual(0.95);
    expect(f["good drafts blocked by tone (high)"]).toBe(0);
    expect(f["false alarms on good: tone"]).toBeLessThanOrEqual(0.02);
    expect(f["plain follow-ups flagged"]).toBeLessThanOrEqual(1 / 12);
  });

  it("reads failed hand-offs without flagging ordinary replies (#25)", () => {
    const f = figures("handoff");
    // Targets ≥ 85 % detected, ≤ 3 % flagged; the development half (tuned on) reaches 100 % and 0 %.
    expect(f["reports detected"]).toBeGreaterThanOrEqual(0.95);
    expect(f["reports detected, French"]).toBeGreaterThanOrEqual(0.9);
    expect(f["reports detected, English"]).toBeGreaterThanOrEqual(0.9);
    expect(f["ordinary replies flagged"]).toBeLessThanOrEqual(0.01);
  });

  it("groups each problem's complaints into one incident", () => {
    const f = figures("incidents");
    // Reached 98.5 %, 88.5 % and 0 %; floors a small margin under. The second pass (attach-to-waves.ts) traded
    // some unrelated pull-ins (94.5 % of trials with at most one before) for problems kept whole: on a fresh
    // file nobody had tuned on, trials meeting all three targets went from 4.5 % to 33 % (fresh/README.md).
    expect(f["problems with ≥ 6 of 8 in one incident"]).toBeGreaterThanOrEqual(0.9);
    // The third pass (gather-alike.ts) traded again: development trials with at most one unrelated pulled in went
    // from 88.5 % to 78 %, while on the sealed half trials meeting all three targets went from 12.5 % to 26.5 %.
    expect(f["trials with ≤ 1 unrelated pulled in"]).toBeGreaterThanOrEqual(0.75);
    expect(f["trials with two problems merged"]).toBeLessThanOrEqual(0.03);
  });
}, 120_000);
