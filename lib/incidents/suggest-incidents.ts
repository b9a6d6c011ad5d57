// Forms and grows incident suggestions (R7) from the recent complaints of a workspace: after each ingestion batch
// (so a suggestion appears as soon as its complaints are stored) and from the minute job. Complaints are cases
// with a negative inbound message or a "me too" reply; a "me too" reads as the complaint it answers. Cases a
// lead unlinked, and cases of resolved incidents, are never put back. Serialised per workspace.
import type { PrismaClient } from "../generated/prisma/client";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { DEFAULT_GROUPING, groupComplaints, topTerms, type ComplaintDoc, type GroupOptions } from "./group-complaints";
import { isMeToo, terms } from "./similarity";

const NEGATIVE = -20;
const MAX_CASES = 1000;

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
        where: { direction: "INBOUND" }, orderBy: { platformCreatedAt: "asc" }, take: 5,
        select: { body: true, sentiment: true, language: true, parentId: true, threadId: true, parent: { select: { body: true, direction: true } } },
      },
    },
  });
  // A "me too" posted as a new comment rather than a reply answers the post's first complaint.
  const orphanThreads = [...new Set(cases.flatMap((c) => c.messages.filter((m) => !m.parent && m.threadId && isMeToo(m.body)).map((m) => m.threadId!)))];
  const firstComplaint = new Map<string, string>();
  if (orphanThreads.length) {
    const firsts = await prisma.message.findMany({
      where: { threadId: { in: orphanThreads }, direction: "INBOUND", sentiment: { lte: NEGATIVE } },
      orderBy: { platformCreatedAt: "asc" }, select: { threadId: true, body: true },
    });
    for (const m of firsts) if (m.threadId && !firstComplaint.has(m.threadId) && !isMeToo(m.body)) firstComplaint.set(m.threadId, m.body);
  }
  const docs: ComplaintDoc[] = [];
  for (const c of cases) {
    const meToo = c.messages.some((m) => isMeToo(m.body));
    const negative = c.messages.some((m) => (m.sentiment ?? 0) <= NEGATIVE);
    if (!meToo && !negative) continue;
    const texts = c.messages.map((m) => m.body);
    // "Pareil pour moi" means nothing alone: read it with the complaint it answers.
    for (const m of c.messages) {
      if (!isMeToo(m.body)) continue;
      const context = m.parent?.direction === "INBOUND" ? m.parent.body : !m.parent && m.threadId ? firstComplaint.get(m.threadId) : undefined;
      if (context) texts.push(context);
    }
    const ts = texts.flatMap((t, i) => terms(t, (c.messages[i]?.language ?? c.language) as "fr" | "en" | null));
    if (ts.length === 0) continue;
    docs.push({ caseId: c.id, contactId: c.contactId, at: c.openedAt, terms: ts, incidentId: c.incidentId });
  }
  return docs;
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
        const made = await tx.incident.create({
          data: {
            workspaceId, status: "SUGGESTED", title: shortTitle(fresh[0]!.preview), terms: topTerms(g.centroid),
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
      for (const c of fresh) {
        await tx.case.update({ where: { id: c.id }, data: { incidentId } });
        await recordAudit(tx, {
          workspaceId, action: "CASE_INCIDENT_LINKED", actor: SYSTEM, caseId: c.id, entityType: "case", entityId: c.id,
          data: { incidentId, automatic: true },
        });
        linked++;
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
