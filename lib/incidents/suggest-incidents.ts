// Forms and grows incident suggestions (R7) from the recent complaints of a workspace: after each ingestion batch
// (so a suggestion appears as soon as its complaints are stored) and from the minute job. Complaints are cases
// whose messages state a problem of the taxonomy (complaint-doc.ts, whatever their sentiment); a "me too" reads
// as the complaint it answers. A suggestion is titled with its problem ("Double prélèvement — carte bancaire").
// Cases a lead unlinked, and cases of resolved incidents, are never put back. Serialised per workspace.
import type { PrismaClient } from "../generated/prisma/client";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { complaintDoc } from "./complaint-doc";
import { DEFAULT_GROUPING, groupComplaints, type ComplaintDoc, type GroupOptions } from "./group-complaints";
import { groupTerms, incidentLabel } from "./incident-label";
import { isMeToo } from "./similarity";

const MAX_CASES = 1000;
const MAX_THREAD_MESSAGES = 2000;

export async function loadComplaintDocs(prisma: PrismaClient, workspaceId: string, since: Date): Promise<ComplaintDoc[]> {
  const cases = await prisma.case.findMany({
    where: {
      workspaceId, lastInboundAt: { gte: since },
      OR: [{ status: { in: ACTIVE_STATUSES } }, { incident: { status: { in: ["SUGGESTED", "OPEN"] } } }],
      NOT: { incident: { status: "RESOLVED" } },
    },
    orderBy: { lastInboundAt: "desc" }, take: MAX_CASES,
    select: {
      id: true, contactId: true, openedAt: true, incidentId: true, language: true,
      messages: {
        where: { direction: "INBOUND", staff: false }, orderBy: { platformCreatedAt: "asc" }, take: 5,
        select: { body: true, language: true, parentId: true, threadId: true, parent: { select: { body: true, direction: true, language: true } } },
      },
    },
  });
  // A "me too" posted as a new comment rather than a reply answers the post's first complaint: its first
  // inbound message that is not itself a "me too".
  const orphanThreads = [...new Set(cases.flatMap((c) => c.messages.filter((m) => !m.parent && m.threadId && isMeToo(m.body)).map((m) => m.threadId!)))];
  const firstComplaint = new Map<string, { body: string; language: string | null }>();
  if (orphanThreads.length) {
    const firsts = await prisma.message.findMany({
      where: { threadId: { in: orphanThreads }, direction: "INBOUND" },
      orderBy: { platformCreatedAt: "asc" }, select: { threadId: true, body: true, language: true }, take: MAX_THREAD_MESSAGES,
    });
    for (const m of firsts) if (m.threadId && !firstComplaint.has(m.threadId) && !isMeToo(m.body)) firstComplaint.set(m.threadId, m);
  }
  return cases.flatMap((c) => complaintDoc({
    caseId: c.id, contactId: c.contactId, at: c.openedAt, incidentId: c.incidentId, language: c.language,
    messages: c.messages.map((m) => {
      const context = m.parent?.direction === "INBOUND" ? m.parent : !m.parent && m.threadId ? firstComplaint.get(m.threadId) : undefined;
      return { body: m.body, language: m.language, context: context?.body, contextLanguage: context?.language };
    }),
  }) ?? []);
}

export async function suggestIncidents(prisma: PrismaClient, workspaceId: string, now = new Date(), opts: GroupOptions = DEFAULT_GROUPING) {
  const docs = await loadComplaintDocs(prisma, workspaceId, new Date(now.getTime() - opts.windowMs));
  const groups = groupComplaints(docs, opts);
  if (groups.length === 0) return { created: 0, linked: 0 };
  let created = 0;
  let linked = 0;
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"incidents:" + workspaceId}))`;
    for (const g of groups) {
      let incidentId = g.incidentId;
      const incident = incidentId ? await tx.incident.findUnique({ where: { id: incidentId } }) : null;
      const excluded = new Set(incident?.excludedCaseIds ?? []);
      const fresh = await tx.case.findMany({
        where: { id: { in: g.caseIds.filter((id) => !excluded.has(id)) }, incidentId: null },
        select: { id: true, preview: true, openedAt: true }, orderBy: { openedAt: "asc" },
      });
      if (!incident) {
        if (fresh.length < 2) continue;
        const terms = groupTerms(g);
        const made = await tx.incident.create({
          data: {
            workspaceId, status: "SUGGESTED", title: incidentLabel(terms, g.langs.en > g.langs.fr ? "en" : "fr") ?? shortTitle(fresh[0]!.preview), terms,
            firstAt: g.firstAt, lastAt: g.lastAt,
          },
        });
        incidentId = made.id;
        created++;
        await recordAudit(tx, {
          workspaceId, action: "INCIDENT_CREATED", actor: SYSTEM, entityType: "incident", entityId: made.id,
          data: { suggested: true, size: fresh.length, terms: made.terms },
        });
      } else if (incident.status === "RESOLVED") continue;
      // Set-based: a crisis links hundreds of cases in one run (one UPDATE and one INSERT, not two statements each).
      if (fresh.length > 0) {
        const ids = fresh.map((c) => c.id);
        await tx.case.updateMany({ where: { id: { in: ids } }, data: { incidentId } });
        await tx.auditEvent.createMany({
          data: ids.map((id) => ({
            workspaceId, action: "CASE_INCIDENT_LINKED" as const, actorKind: SYSTEM.kind, actorUserId: null, caseId: id,
            entityType: "case", entityId: id, data: { incidentId, automatic: true },
          })),
        });
        linked += ids.length;
      }
      if (fresh.length > 0 || incident) {
        const span = await tx.case.aggregate({ where: { incidentId: incidentId! }, _min: { openedAt: true }, _max: { lastInboundAt: true } });
        await tx.incident.update({
          where: { id: incidentId! },
          data: { firstAt: span._min.openedAt, lastAt: span._max.lastInboundAt, ...(incident ? {} : {}) },
        });
      }
    }
    // Prisma's default 5 s expired under a crisis-sized burst on a loaded machine (the run was lost until the
    // minute job); the advisory lock above already keeps two runs of a workspace from overlapping.
  }, { timeout: 30_000, maxWait: 30_000 });
  return { created, linked };
}

/** The first complaint's opening words, cut at a word boundary, as the suggestion's name until a lead names it. */
export function shortTitle(preview: string, max = 80): string {
  if (preview.length <= max) return preview;
  const cut = preview.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:.]+$/, "")}…`;
}
