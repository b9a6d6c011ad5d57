// Time to suggest replies at the inbox bench's size (issue #24 §4, target p95 ≤ 100 ms at 200,000 cases):
// suggestReplies() as a community manager on cases picked at random among those whose first message is a
// customer's. Called by inbox-bench.ts after the dashboard shapes, on the same seeded database.
import { performance } from "node:perf_hooks";
import type { Database } from "../../lib/db/open-database";
import type { Member } from "../../lib/auth/member";
import { suggestReplies } from "../../lib/replies/suggest-replies";

export const SUGGEST_TARGET_MS = 100;

export async function measureSuggestions(db: Database, cm: Member, runs: number, warmup: number): Promise<string[]> {
  const picked = await db.sql.query<{ id: string }>(
    `SELECT id FROM cases WHERE "workspaceId" = $1 ORDER BY md5(id) LIMIT $2`, [cm.workspaceId, runs + warmup]);
  const ids = picked.map((r) => r.id);
  for (const id of ids.slice(0, warmup)) await suggestReplies(db.prisma, cm, id);
  const times: number[] = [];
  let offered = 0;
  for (const id of ids.slice(warmup)) {
    const t0 = performance.now();
    offered += (await suggestReplies(db.prisma, cm, id)).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.ceil((q / 100) * times.length) - 1)]!;
  const pass = p(95) <= SUGGEST_TARGET_MS ? "PASS" : "FAIL";
  return [`${"suggested replies: suggestReplies, one case".padEnd(44)} runs ${String(times.length).padStart(3)}  p50 ${p(50).toFixed(1).padStart(7)}  p95 ${p(95).toFixed(1).padStart(7)}  max ${p(100).toFixed(1).padStart(7)}  p95 ≤ ${SUGGEST_TARGET_MS} ms ${pass}  (${(offered / times.length).toFixed(1)} offered per case)`];
}
