// A rule's 30-day preview at the inbox bench's size (issue #22 item 6, target ≤ 2 s at 200,000 cases): previewRule()
// for a keyword rule on new cases and for a rule on every customer message, beside the time to merely read the
// window's cases and messages (the same query, no rule evaluated) in the same run. Called by inbox-bench.ts on its
// seeded database (180 days of cases: about 33,000 in the window).
import { performance } from "node:perf_hooks";
import type { Database } from "../../lib/db/open-database";
import type { Member } from "../../lib/auth/member";
import { previewRule } from "../../lib/automation/preview-rule";
import { previewFacts } from "../../lib/automation/preview-facts";
import { ruleDefinition } from "../../lib/automation/rule-schema";

export const PREVIEW_TARGET_MS = 2000;

const RULES = {
  "new cases: words + sentiment → tag, priority": ruleDefinition.parse({
    trigger: "CASE_CREATED", match: "any",
    conditions: [{ field: "text", op: "any", words: ["livraison", "colis", "remboursement"] }, { field: "sentiment", op: "below", value: -40 }],
    actions: [{ type: "add_tags", tags: ["à-traiter"] }, { type: "set_priority", priority: "HIGH" }],
  }),
  "each message: has a link → hide spam": ruleDefinition.parse({
    trigger: "MESSAGE_RECEIVED", conditions: [{ field: "has_link", value: true }], actions: [{ type: "hide_spam" }],
  }),
};

const p = (times: number[], q: number) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.ceil((q / 100) * times.length) - 1)]!;

export async function measureRulePreview(db: Database, member: Member, runs = 5): Promise<string[]> {
  const lead: Member = { ...member, role: "TEAM_LEAD" };
  const since = new Date(Date.now() - 30 * 86_400_000);
  const lines: string[] = [];
  for (const [label, definition] of Object.entries(RULES)) {
    const read: number[] = [], preview: number[] = [];
    let scanned = 0, matched = 0;
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      for await (const page of previewFacts(db.prisma, member.workspaceId, definition.trigger, since)) void page;
      const t1 = performance.now();
      const r = await previewRule(db.prisma, lead, { id: "bench", name: "Bench", version: 0, definition }, 30);
      const t2 = performance.now();
      if (i === 0) continue; // warm-up
      read.push(t1 - t0);
      preview.push(t2 - t1);
      scanned = r.scanned;
      matched = r.matched;
    }
    const pass = p(preview, 95) <= PREVIEW_TARGET_MS ? "PASS" : "FAIL";
    lines.push(`${`rule preview, 30 days (${label})`.padEnd(70)} runs ${runs}  p50 ${p(preview, 50).toFixed(0).padStart(6)}  p95 ${p(preview, 95).toFixed(0).padStart(6)}  `
      + `(reading the window alone: p50 ${p(read, 50).toFixed(0)})  ${scanned} cases, ${matched} matched  p95 ≤ ${PREVIEW_TARGET_MS} ms ${pass}`);
  }
  return lines;
}
