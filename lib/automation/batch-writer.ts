// What a run of rules writes, gathered and written in a handful of statements at the end of its transaction
// (issue #22 item 6: 50 rules cost ingestion at most 10 %): the loop-guard rows, the cases' new tags, priority,
// owner, team and incident in one UPDATE, the audit events in one INSERT (lib/ingest/batch-memo.ts), internal notes
// in one INSERT whose words the cases' UPDATE adds to their search, notifications in one notify(). A row per case
// or per action would cost a round trip each.
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
  private notes: { id: string; caseId: string; channelId: string; body: string }[] = [];
  /** The case rows' starting state, for a case that takes a note and nothing else (its row is written once too). */
  private unchanged = new Map<string, CaseState>();

  constructor(private tx: Prisma.TransactionClient, private workspaceId: string) {}

  run(ruleId: string, caseId: string, eventKey: string, version: number) {
    this.runs.push({ ruleId, caseId, eventKey, version });
  }

  /** Records the case's state after its rules, when it differs from where it started. */
  caseState(f: CaseFacts, before: CaseState) {
    const after = stateOf(f);
    if (JSON.stringify(after) !== JSON.stringify(before)) this.cases.set(f.caseId, after);
    else this.unchanged.set(f.caseId, after);
  }

  /** An internal note; its id is known now, for its audit event. */
  note(f: CaseFacts, body: string): string {
    const id = randomUUID();
    this.notes.push({ id, caseId: f.caseId, channelId: f.channelId, body });
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
    // Notes first, leaving their words to the cases' UPDATE below (the contract of inbox.search_by_ingest, migration
    // 20261130120000): the messages trigger would otherwise write each noted case's row a second time.
    if (this.notes.length > 0) {
      const col = <T>(f: (n: (typeof this.notes)[number]) => T) => this.notes.map(f);
      await tx.$executeRaw`
        WITH flag AS MATERIALIZED (SELECT set_config('inbox.search_by_ingest', 'on', true) AS flag_set)
        INSERT INTO messages (id, "workspaceId", "caseId", "channelId", direction, visibility, kind, body, "platformCreatedAt", "deliveryStatus", automated, "createdAt")
        SELECT n.id, ${this.workspaceId}, n.case_id, n.channel, 'OUTBOUND', 'INTERNAL', 'NOTE', n.body, ${utc(new Date())}::timestamp(3), 'RECEIVED', true, ${utc(new Date())}::timestamp(3)
          FROM unnest(${col((n) => n.id)}::text[], ${col((n) => n.caseId)}::text[], ${col((n) => n.channelId)}::text[], ${col((n) => n.body)}::text[])
               WITH ORDINALITY AS n(id, case_id, channel, body, ord)
         CROSS JOIN flag
         ORDER BY n.ord`;
    }
    const noted = new Map<string, string>();
    for (const n of this.notes) noted.set(n.caseId, noted.has(n.caseId) ? `${noted.get(n.caseId)} ${n.body}` : n.body);
    const rows = [...this.cases, ...[...this.unchanged].filter(([id]) => noted.has(id))];
    if (rows.length > 0) {
      const col = <T>(f: (r: [string, CaseState]) => T) => rows.map(f);
      // A case that only took a note keeps its state and its "updatedAt" (as the trigger left them).
      await tx.$executeRaw`
        UPDATE cases c SET tags = ARRAY(SELECT jsonb_array_elements_text(v.tags)), priority = v.priority::"Priority",
               "assigneeId" = v.assignee, "teamId" = v.team, "incidentId" = v.incident,
               "updatedAt" = CASE WHEN v.changed THEN ${utc(new Date())}::timestamp(3) ELSE c."updatedAt" END,
               search = CASE WHEN v.notes IS NULL THEN c.search ELSE coalesce(c.search, ''::tsvector) || inbox_tsvector(v.notes) END
          FROM unnest(${col(([id]) => id)}::text[], ${col(([, s]) => JSON.stringify(s.tags))}::jsonb[], ${col(([, s]) => s.priority)}::text[],
                      ${col(([, s]) => s.assigneeId)}::text[], ${col(([, s]) => s.teamId)}::text[], ${col(([, s]) => s.incidentId)}::text[],
                      ${col(([id]) => this.cases.has(id))}::boolean[], ${col(([id]) => noted.get(id) ?? null)}::text[])
               AS v(id, tags, priority, assignee, team, incident, changed, notes)
         WHERE c.id = v.id`;
    }
    await insertAudits(tx, this.audits);
    if (this.notifications.length > 0) await notify(tx, this.workspaceId, this.notifications);
  }
}
