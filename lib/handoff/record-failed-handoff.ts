// After-ingest handler (R10, issue #25): a customer's message that answers one of our hand-offs — a reply of ours
// that gave a phone number, an address, a department or a link, or an escalation of the case — with a report
// that the route did not work. The case is flagged "hand-off failed" (tag + audit event), raised one priority
// step (ingestion already reopened it: R6), its owner and the leads are told, and each route given is recorded
// as failing for the case's kind of problem (handoff_failures), which the composer's guard then warns about.
// Ingestion stays fast: after commit, one query for the batch's inbound bodies, and the reader is a few regular
// expressions; only a message read as a report costs more queries. Idempotent: one row per (message, route),
// and the case is touched only when this message's rows were newly written.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Priority } from "../generated/prisma/enums";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import { readComplaint } from "../incidents/classify";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { notify } from "../notifications/notify";
import { caseOwnerIds, leadIds } from "../notifications/recipients";
import { detectFailedHandoff } from "./detect-failed-handoff";
import { findRoutes, type Route } from "./find-routes";

export const HANDOFF_FAILED_TAG = "handoff-failed";
/** How many of our latest replies before the report may hold the route it answers. */
const REPLIES_LOOKED_AT = 3;
const RAISED: Record<Priority, Priority> = { LOW: "NORMAL", NORMAL: "HIGH", HIGH: "URGENT", URGENT: "URGENT" };

export const recordFailedHandoffAfterIngest: AfterIngestHandler = {
  name: "record-failed-handoff",
  async run(prisma, batch) {
    const inbound = batch.messages.filter((m) => m.direction === "INBOUND").map((m) => m.messageId);
    if (inbound.length === 0) return;
    const rows = await prisma.message.findMany({ where: { id: { in: inbound } }, select: { id: true, body: true }, orderBy: { platformCreatedAt: "asc" } });
    for (const m of rows) {
      const reading = detectFailedHandoff(m.body);
      if (reading.failed) await recordOne(prisma, m.id, reading.reasons);
    }
  },
};

async function recordOne(prisma: PrismaClient, messageId: string, reasons: string[]) {
  const msg = await prisma.message.findUnique({
    where: { id: messageId },
    select: { id: true, body: true, caseId: true, workspaceId: true, platformCreatedAt: true, case: { select: { number: true, language: true } } },
  });
  if (!msg) return;
  const { handoffMessageId, routes } = await routesAnswered(prisma, msg.caseId, msg.platformCreatedAt);
  if (routes.length === 0) return; // not an answer to a hand-off: an ordinary complaint, read elsewhere
  // The kind of problem is the complaint's, read from what the customer wrote before the report (the report's own
  // words — "they hung up on me" — would read as a hotline problem).
  const complaint = await prisma.message.findMany({
    where: { caseId: msg.caseId, direction: "INBOUND", platformCreatedAt: { lt: msg.platformCreatedAt } }, orderBy: { platformCreatedAt: "asc" }, take: 3, select: { body: true },
  });
  const lang = msg.case.language === "en" ? "en" : msg.case.language === "fr" ? "fr" : null;
  const problem = readComplaint(complaint.map((c) => c.body).join("\n"), lang).problem;
  await prisma.$transaction(async (tx) => {
    const written = await tx.handoffFailure.createMany({
      data: routes.map((r) => ({
        workspaceId: msg.workspaceId, caseId: msg.caseId, messageId: msg.id, handoffMessageId, kind: r.kind, route: r.route, display: r.display, problem, reasons,
      })),
      skipDuplicates: true,
    });
    if (written.count === 0) return; // a replayed batch
    await flagCase(tx, msg, routes, problem, reasons);
  });
}

/** The routes of the latest of our replies (before the report) that gave one; an escalation's queue otherwise. */
async function routesAnswered(prisma: PrismaClient, caseId: string, before: Date): Promise<{ handoffMessageId: string; routes: Route[] }> {
  const replies = await prisma.message.findMany({
    where: { caseId, direction: "OUTBOUND", kind: { not: "NOTE" }, platformCreatedAt: { lte: before } },
    orderBy: { platformCreatedAt: "desc" }, take: REPLIES_LOOKED_AT, select: { id: true, body: true },
  });
  for (const r of replies) {
    const routes = findRoutes(r.body);
    if (routes.length > 0) return { handoffMessageId: r.id, routes };
  }
  // An escalation hands the case to customer service: its queue is the route when no reply named one.
  const esc = await prisma.escalation.findFirst({
    where: { caseId, createdAt: { lte: before } }, orderBy: { createdAt: "desc" }, select: { id: true, team: { select: { name: true } } },
  });
  if (!esc || !replies[0]) return { handoffMessageId: "", routes: [] };
  const name = esc.team?.name ?? "customer service";
  return { handoffMessageId: replies[0].id, routes: [{ kind: "department", route: `department:${name.toLowerCase()}`, display: name, start: 0, end: 0 }] };
}

type Reported = { id: string; caseId: string; workspaceId: string; case: { number: number } };

async function flagCase(tx: Prisma.TransactionClient, msg: Reported, routes: Route[], problem: string | null, reasons: string[]) {
  const c = await tx.case.findUniqueOrThrow({ where: { id: msg.caseId }, select: { priority: true, tags: true } });
  const priority = RAISED[c.priority];
  await tx.case.update({
    where: { id: msg.caseId },
    data: { priority, ...(c.tags.includes(HANDOFF_FAILED_TAG) ? {} : { tags: { push: HANDOFF_FAILED_TAG } }) },
  });
  await recordAudit(tx, {
    workspaceId: msg.workspaceId, actor: PLATFORM, caseId: msg.caseId, action: "HANDOFF_FAILED", entityType: "message", entityId: msg.id,
    data: { routes: routes.map((r) => r.display).join(", "), problem, reasons, from: c.priority, to: priority },
  });
  const to = [...new Set([...(await caseOwnerIds(tx, msg.caseId)), ...(await leadIds(tx, msg.workspaceId))])];
  await notify(tx, msg.workspaceId, to.map((userId) => ({
    userId, kind: "HANDOFF_FAILED" as const, caseId: msg.caseId,
    data: { number: msg.case.number, route: routes.map((r) => r.display).join(", ") }, dedupeKey: `handoff-failed:${msg.id}`,
  })));
}
