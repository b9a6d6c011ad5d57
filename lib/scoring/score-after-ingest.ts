// After ingestion: every new inbound message gets its sentiment and urgency, its author's signals (reach,
// journalist, professional, legal) join the contact, and the case's priority is raised — never lowered, and
// never over a priority a person chose. Set-based ingestion stores the scores with the rows
// (ingest-inbound-run.ts); messages stored without (one by one, outbound echoes) are scored and written here.
// Idempotent: a second run finds the scores, adds no signal twice and raises no priority twice.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import { utc } from "../db/utc";
import type { Priority } from "../generated/prisma/enums";
import { SYSTEM, type AuditInput } from "../audit/record-audit";
import { insertAudits } from "../ingest/batch-memo";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { priorityFor, signalsFromReach, signalsFromText } from "./author-signals";
import { scoreMessage } from "./score-message";

const RANK: Record<Priority, number> = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 };

export async function scoreMessages(prisma: PrismaClient, messageIds: string[]) {
  const messages = await prisma.message.findMany({
    where: { id: { in: messageIds }, direction: "INBOUND", staff: false }, // staff speak for no customer (issue #25)
    orderBy: { platformCreatedAt: "asc" },
    select: {
      id: true, body: true, caseId: true, workspaceId: true, sentiment: true, urgency: true,
      authorIdentity: { select: { followerCount: true, contactId: true } },
    },
  });
  if (messages.length === 0) return;
  const caseIds = [...new Set(messages.map((m) => m.caseId))];
  const contactIds = [...new Set(messages.flatMap((m) => (m.authorIdentity ? [m.authorIdentity.contactId] : [])))];
  // One transaction for the batch: the demo seed and webhook bursts bring many messages at once.
  await prisma.$transaction(async (tx) => {
    const contacts = new Map((await tx.contact.findMany({ where: { id: { in: contactIds } }, select: { id: true, signals: true } })).map((c) => [c.id, c.signals]));
    const cases = new Map((await tx.case.findMany({ where: { id: { in: caseIds } }, select: { id: true, priority: true } })).map((c) => [c.id, c.priority]));
    const humanChose = new Set((await tx.auditEvent.findMany({
      where: { caseId: { in: caseIds }, action: "CASE_PRIORITY_CHANGED", actorKind: { in: ["USER", "API"] } }, select: { caseId: true },
    })).map((e) => e.caseId));
    const changedContacts = new Set<string>();
    const caseScores = new Map<string, { sentiment: number; urgency: number }>();
    const messageScores: { id: string; sentiment: number; urgency: number }[] = [];
    const casesToWrite = new Set<string>();
    const raised = new Set<string>();
    const audits: AuditInput[] = [];
    for (const m of messages) {
      const stored = m.sentiment !== null && m.urgency !== null;
      const score = stored ? { sentiment: m.sentiment!, urgency: m.urgency! } : scoreMessage(m.body);
      // A case shows its latest customer message's scores; written only where this run scored one of them.
      caseScores.set(m.caseId, { sentiment: score.sentiment, urgency: score.urgency });
      if (!stored) {
        messageScores.push({ id: m.id, sentiment: score.sentiment, urgency: score.urgency });
        casesToWrite.add(m.caseId);
      }
      const found = [...signalsFromText(m.body), ...signalsFromReach(m.authorIdentity?.followerCount)];
      let signals: string[] = [];
      if (m.authorIdentity) {
        const known = contacts.get(m.authorIdentity.contactId) ?? [];
        signals = [...new Set([...known, ...found])];
        if (signals.length !== known.length) {
          contacts.set(m.authorIdentity.contactId, signals);
          changedContacts.add(m.authorIdentity.contactId);
        }
      }
      const current = cases.get(m.caseId)!;
      const raiseTo = priorityFor(signals, score);
      if (!raiseTo || humanChose.has(m.caseId) || RANK[raiseTo] <= RANK[current]) continue;
      cases.set(m.caseId, raiseTo);
      raised.add(m.caseId);
      audits.push({
        workspaceId: m.workspaceId, action: "CASE_PRIORITY_CHANGED", actor: SYSTEM, caseId: m.caseId,
        entityType: "case", entityId: m.caseId,
        data: { from: current, to: raiseTo, reason: "scoring", signals, sentiment: score.sentiment, urgency: score.urgency },
      });
    }
    // Each raise is its own audit event (two messages may raise a case twice); each row is written once, in one
    // statement per table: a burst of angry comments raised them a row and an event at a time, about a third of
    // ingesting such a batch.
    await writePriorities(tx, [...raised].map((id) => ({ id, priority: cases.get(id)! })));
    await writeSignals(tx, [...changedContacts].map((id) => ({ id, signals: contacts.get(id)! })));
    await insertAudits(tx, audits);
    // One statement each for the messages' scores and the cases' (a case shows its latest customer message's).
    await writeScores(tx, "messages", messageScores);
    await writeScores(tx, "cases", [...caseScores].filter(([id]) => casesToWrite.has(id)).map(([id, sc]) => ({ id, ...sc })));
  }, { timeout: 60_000 });
}

async function writeScores(tx: Prisma.TransactionClient, table: "messages" | "cases", rows: { id: string; sentiment: number; urgency: number }[]) {
  if (rows.length === 0) return;
  const [ids, sentiments, urgencies] = [rows.map((r) => r.id), rows.map((r) => r.sentiment), rows.map((r) => r.urgency)];
  // Two literal statements rather than a table-name parameter: identifiers cannot be bound.
  if (table === "messages") {
    await tx.$executeRaw`UPDATE messages t SET sentiment = u.s, urgency = u.g
      FROM unnest(${ids}::text[], ${sentiments}::int[], ${urgencies}::int[]) AS u(id, s, g) WHERE t.id = u.id`;
  } else {
    await tx.$executeRaw`UPDATE cases t SET sentiment = u.s, urgency = u.g, "updatedAt" = ${utc(new Date())}::timestamp(3)
      FROM unnest(${ids}::text[], ${sentiments}::int[], ${urgencies}::int[]) AS u(id, s, g) WHERE t.id = u.id`;
  }
}

async function writePriorities(tx: Prisma.TransactionClient, rows: { id: string; priority: Priority }[]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`UPDATE cases t SET priority = u.p::"Priority", "updatedAt" = ${utc(new Date())}::timestamp(3)
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.priority)}::text[]) AS u(id, p) WHERE t.id = u.id`;
}

async function writeSignals(tx: Prisma.TransactionClient, rows: { id: string; signals: string[] }[]) {
  if (rows.length === 0) return;
  await tx.$executeRaw`UPDATE contacts t SET signals = ARRAY(SELECT jsonb_array_elements_text(u.s))
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => JSON.stringify(r.signals))}::jsonb[]) AS u(id, s) WHERE t.id = u.id`;
}

export const scoreAfterIngest: AfterIngestHandler = {
  name: "scoring",
  run: (prisma, batch) => scoreMessages(prisma, batch.messages.filter((m) => m.direction === "INBOUND").map((m) => m.messageId)),
};
