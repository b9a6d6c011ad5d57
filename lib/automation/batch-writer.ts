// What a run of rules writes, gathered and written in a handful of statements at the end of its transaction
// (issue #22 item 6: 50 rules cost ingestion at most 10 %): the loop-guard rows, the cases' new tags, priority,
// owner, team and incident in one UPDATE, the audit events in one INSERT (lib/ingest/batch-memo.ts), internal notes
// in one createMany, notifications in one notify(). A row per case or per action would cost a round trip each.
import { randomUUID } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { AuditInput } from "../audit/record-audit";
import { insertAudits } from "../ingest/batch-memo";
import { notify, type NewNotification } from "../notifications/notify";
import { utc } from "../db/utc";
import type { CaseFacts } from "./case-facts";

export interface CaseState { tags: string[]; priority: string; assigneeId: string | null; teamId: string | null; incidentId: string | null }

export const stateOf = (f: CaseFacts): CaseState =>
  ({ tags: [...f.tags], priority: f.priority, assigneeId: f.assigneeId, teamId: f.teamId, incidentId: f.incidentId });

export class BatchWriter {
  readonly audits: AuditInput[] = [];
  readonly notifications: NewNotification[] = [];
  private runs: { ruleId: string; caseId: string; eventKey: string; version: number }[] = [];
  private cases = new Map<string, CaseState>();
  private notes: Prisma.MessageCreateManyInput[] = [];

  constructor(private tx: Prisma.TransactionClient, private workspaceId: string) {}

  run(ruleId: string, caseId: string, eventKey: string, version: number) {
    this.runs.push({ ruleId, caseId, eventKey, version });
  }

  /** Records the case's state after its rules, when it differs from where it started. */
  caseState(f: CaseFacts, before: CaseState) {
    const after = stateOf(f);
    if (JSON.stringify(after) !== JSON.stringify(before)) this.cases.set(f.caseId, after);
  }

  /** An internal note; its id is known now, for its audit event. */
  note(f: CaseFacts, body: string): string {
    const id = randomUUID();
    this.notes.push({
      id, workspaceId: f.workspaceId, caseId: f.caseId, channelId: f.channelId, direction: "OUTBOUND", visibility: "INTERNAL",
      kind: "NOTE", body, platformCreatedAt: new Date(), deliveryStatus: "RECEIVED", automated: true,
    });
    return id;
  }

  async flush() {
    const { tx } = this;
    if (this.runs.length > 0) {
      const col = <T>(f: (r: (typeof this.runs)[number]) => T) => this.runs.map(f);
      await tx.$executeRaw`
        INSERT INTO automation_runs (id, "ruleId", "caseId", "eventKey", version)
        SELECT gen_random_uuid()::text, r.rule, r.c, r.k, r.v
          FROM unnest(${col((r) => r.ruleId)}::text[], ${col((r) => r.caseId)}::text[], ${col((r) => r.eventKey)}::text[], ${col((r) => r.version)}::int[]) AS r(rule, c, k, v)
        ON CONFLICT ("ruleId", "caseId", "eventKey") DO NOTHING`;
    }
    if (this.cases.size > 0) {
      const rows = [...this.cases];
      const col = <T>(f: (r: [string, CaseState]) => T) => rows.map(f);
      await tx.$executeRaw`
        UPDATE cases c SET tags = ARRAY(SELECT jsonb_array_elements_text(v.tags)), priority = v.priority::"Priority",
               "assigneeId" = v.assignee, "teamId" = v.team, "incidentId" = v.incident, "updatedAt" = ${utc(new Date())}::timestamp(3)
          FROM unnest(${col(([id]) => id)}::text[], ${col(([, s]) => JSON.stringify(s.tags))}::jsonb[], ${col(([, s]) => s.priority)}::text[],
                      ${col(([, s]) => s.assigneeId)}::text[], ${col(([, s]) => s.teamId)}::text[], ${col(([, s]) => s.incidentId)}::text[])
               AS v(id, tags, priority, assignee, team, incident)
         WHERE c.id = v.id`;
    }
    if (this.notes.length > 0) await tx.message.createMany({ data: this.notes });
    await insertAudits(tx, this.audits);
    if (this.notifications.length > 0) await notify(tx, this.workspaceId, this.notifications);
  }
}
