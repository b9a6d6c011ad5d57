// Round-robin and least-loaded picks for one batch of rules (./pick-assignee.ts decides). Each team's members and
// loads are read once per batch and kept current as cases are given out; a rule's round-robin cursor is read
// under its row lock (two batches at once take turns, never the same person twice in a row) and written back
// once, at the end of the batch.
import type { Prisma } from "../generated/prisma/client";
import { choose, teamCandidates, type Candidate } from "./pick-assignee";

export class Picker {
  private pools = new Map<string, Candidate[]>();
  private cursors = new Map<string, Record<string, string>>();
  private dirty = new Set<string>();

  constructor(private tx: Prisma.TransactionClient, private workspaceId: string) {}

  async pick(ruleId: string, teamId: string, strategy: "round_robin" | "least_loaded"): Promise<Candidate | null> {
    let pool = this.pools.get(teamId);
    if (!pool) this.pools.set(teamId, (pool = await teamCandidates(this.tx, this.workspaceId, teamId)));
    const cursor = await this.cursor(ruleId);
    const pick = choose(pool, strategy, cursor[teamId] ?? null);
    if (!pick) return null;
    pick.load++;
    if (strategy === "round_robin") {
      cursor[teamId] = pick.userId;
      this.dirty.add(ruleId);
    }
    return pick;
  }

  private async cursor(ruleId: string): Promise<Record<string, string>> {
    let c = this.cursors.get(ruleId);
    if (!c) {
      const [row] = await this.tx.$queryRaw<{ roundRobin: Record<string, string> }[]>`SELECT "roundRobin" FROM automation_rules WHERE id = ${ruleId} FOR UPDATE`;
      this.cursors.set(ruleId, (c = { ...(row?.roundRobin ?? {}) }));
    }
    return c;
  }

  async flush() {
    for (const id of this.dirty) await this.tx.automationRule.update({ where: { id }, data: { roundRobin: this.cursors.get(id)! } });
  }
}
