// Loads, for a batch of changed cases, the inbox row and the scope facts: ONE pair of queries per batch per
// app process, whatever the number of open streams (each stream then only filters in memory).
import { Prisma, type PrismaClient } from "../generated/prisma/client";
import { caseScopeFactsSql, type CaseScopeFacts } from "../cases/case-scope";
import { listCaseRowsByIds } from "../cases/case-rows";
import type { LiveRow } from "./events";
import { toLiveRow } from "./to-live-row";

export interface CaseSnapshot {
  facts: CaseScopeFacts;
  row: LiveRow | null;
}

export type LoadSnapshots = (caseIds: string[], withRows: boolean) => Promise<Map<string, CaseSnapshot>>;

export function snapshotLoader(prisma: PrismaClient): LoadSnapshots {
  return async (caseIds, withRows) => {
    const out = new Map<string, CaseSnapshot>();
    if (caseIds.length === 0) return out;
    const [facts, rows] = await Promise.all([
      prisma.$queryRaw<{ id: string; scopeWorkspaceId: string; scopeEscalations: CaseScopeFacts["escalations"] | string }[]>`
        SELECT c.id, ${caseScopeFactsSql} FROM cases c WHERE c.id IN (${Prisma.join(caseIds)})`,
      withRows ? listCaseRowsByIds(prisma, caseIds) : Promise.resolve([]),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const f of facts) {
      const row = byId.get(f.id);
            const escalations = typeof f.scopeEscalations === "string" ? JSON.parse(f.scopeEscalations) : f.scopeEscalations;
      out.set(f.id, { facts: { workspaceId: f.scopeWorkspaceId, escalations }, row: row ? toLiveRow(row) : null });
    }
    return out;
  };
}
