// Every refusal a use case can throw reaches a French form in French (issue #26 item 8): a source scan of lib/
// for the domain errors' codes, each of which needs its sentence in lib/i18n/dict/refusals.ts. Codes whose
// message is already the reader's (weak_password) or which stand for several causes (invalid_request) are
// named here instead.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en, fr } from "@/lib/i18n/dict/refusals";

const ROOT = path.resolve(import.meta.dirname, "../../lib");
const OWN_WORDS = new Set(["invalid_request", "weak_password"]);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (name === "generated") return [];
    return statSync(p).isDirectory() ? sources(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("refusal codes", () => {
  const thrown = new Set<string>();
  for (const file of sources(ROOT)) {
    for (const m of readFileSync(file, "utf8").matchAll(/\b(?:conflict|invalid|forbidden|gone|rateLimited|tooLarge)\(\s*"([a-z_]+)"/g)) thrown.add(m[1]!);
  }

  it("finds the codes the use cases throw", () => {
    expect(thrown.size).toBeGreaterThan(30);
    expect(thrown).toContain("unanswered_complaint");
  });

  it("has a French sentence for every one of them", () => {
    const missing = [...thrown].filter((c) => !OWN_WORDS.has(c) && !(`refusal.${c}` in fr));
    expect(missing).toEqual([]);
  });

  it("keeps no sentence for a code nothing throws any more, and translates every English one", () => {
    const stale = Object.keys(en).map((k) => k.slice("refusal.".length)).filter((c) => !thrown.has(c));
    expect(stale).toEqual([]);
    for (const k of Object.keys(en) as (keyof typeof en)[]) expect(fr[k], k).not.toBe(en[k]);
  });
});
