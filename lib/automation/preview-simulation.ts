// What the preview keeps in step while it replays a window (./preview-rule.ts), so later events see what the rule
// did to earlier ones, as they would live: a case's tags, priority, owner, team, incident and acknowledgement after
// each event; the spam marks it put on cases (they stop counting as open complaints); and who round-robin or
// least-loaded would have picked, from today's loads.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { isMark } from "../moderation/open-complaints";
import type { CaseFacts } from "./case-facts";
import { applyEffectToFacts, type Effect } from "./plan-actions";
import { choose, teamCandidates, type Candidate } from "./pick-assignee";

export class PreviewSimulation {
  readonly acknowledged = new Set<string>();
  readonly markedSpam = new Set<string>();
  /** Who would have taken how many cases, by member (userId null: nobody could). */
  readonly assignees = new Map<string | null, { userId: string | null; name: string | null; cases: number }>();
  private pools = new Map<string, Candidate[]>();
  private last = new Map<string, string>();
  private authors = new Map<string, { id: string; storedAt: Date; end: Date | null; marked: boolean }[]>();

  constructor(private prisma: PrismaClient, private workspaceId: string) {}

  /** The case after the effects, as the next rule or event reads it. */
  async apply(f: CaseFacts, effects: Effect[]) {
    for (const e of effects) {
      applyEffectToFacts(f, e);
      if (e.kind === "acknowledge") this.acknowledged.add(f.caseId);
      if (e.kind === "hide_spam") this.markedSpam.add(f.caseId);
      if (e.kind === "assign_team") {
        if (e.strategy === "team_only") continue;
        const pick = choose(await this.pool(e.teamId), e.strategy, this.last.get(e.teamId) ?? null);
        const key = pick?.userId ?? null;
        const row = this.assignees.get(key) ?? { userId: key, name: pick?.name ?? null, cases: 0 };
        row.cases++;
        this.assignees.set(key, row);
        if (pick) { pick.load++; this.last.set(e.teamId, pick.userId); f.assigneeId = pick.userId; }
      }
    }
  }

  /** The author's other cases that were open complaints when this event was stored (stored by then, not yet resolved, not marked). */
  async otherOpenComplaints(f: CaseFacts, at: Date): Promise<number> {
    if (f.signals.some(isMark)) return 0;
    let list = this.authors.get(f.contactId);
    if (!list) {
      const rows = await this.prisma.case.findMany({
        where: { workspaceId: this.workspaceId, contactId: f.contactId },
        select: { id: true, createdAt: true, resolvedAt: true, closedAt: true, tags: true },
      });
      list = rows.map((r) => ({ id: r.id, storedAt: r.createdAt, end: r.resolvedAt ?? r.closedAt, marked: r.tags.some(isMark) }));
      this.authors.set(f.contactId, list);
    }
    return list.filter((c) => c.id !== f.caseId && c.storedAt.getTime() <= at.getTime() + 5_000 && (c.end === null || c.end > at) && !c.marked && !this.markedSpam.has(c.id)).length;
  }

  private async pool(teamId: string) {
    if (!this.pools.has(teamId)) this.pools.set(teamId, await this.prisma.$transaction((tx: Prisma.TransactionClient) => teamCandidates(tx, this.workspaceId, teamId)));
    return this.pools.get(teamId)!;
  }
}
