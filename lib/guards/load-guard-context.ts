// What the guards need to know about a case, read from the database: the earlier replies of the same case
// and of the same thread with the same customer (R3 is per conversation: an incident answered with
// personalised replies to different customers is never compared across them), the workspace's canned
// replies and lists, whether this would be the first answer, and the customer's latest messages.
import type { PrismaClient } from "../generated/prisma/client";
import type { GuardContext, GuardSettings } from "./check-guards";
import { problemFamily } from "../handoff/check-failed-routes";
import { readComplaint } from "../incidents/classify";
import { failedRouteCounts } from "../handoff/list-handoff-routes";

export interface GuardCase {
  id: string;
  workspaceId: string;
  contactId: string;
  threadId: string | null;
}

export async function loadGuardSettings(prisma: PrismaClient, workspaceId: string): Promise<GuardSettings> {
  const s = await prisma.guardSettings.findUnique({ where: { workspaceId } });
  return { flagPhrases: s?.flagPhrases ?? [], allowPhrases: s?.allowPhrases ?? [], orderNumberPattern: s?.orderNumberPattern ?? null, publicContacts: s?.publicContacts ?? [] };
}

export async function loadGuardContext(
  prisma: PrismaClient,
  c: GuardCase | null,
  workspaceId: string,
): Promise<Omit<GuardContext, "visibility" | "locale">> {
  const settings = await loadGuardSettings(prisma, workspaceId);
  if (!c) return { settings };
  const [earlier, canned, outboundInCase, inbound, failedRoutes, problem] = await Promise.all([
    prisma.message.findMany({
      where: {
        workspaceId,
        direction: "OUTBOUND",
        kind: { not: "NOTE" },
        OR: [{ caseId: c.id }, ...(c.threadId ? [{ threadId: c.threadId, case: { contactId: c.contactId } }] : [])],
      },
      select: { body: true, platformCreatedAt: true },
      orderBy: { platformCreatedAt: "desc" },
      take: 200,
    }),
    prisma.cannedReply.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, title: true, body: true }, take: 500 }),
    prisma.message.count({ where: { caseId: c.id, direction: "OUTBOUND", kind: { not: "NOTE" } } }),
    // The customer's latest messages: what the draft answers (quotes of them are theirs, a "solved" claim is
    // checked against them, issue #19).
    prisma.message.findMany({
      where: { workspaceId, caseId: c.id, direction: "INBOUND" },
      select: { body: true },
      orderBy: { platformCreatedAt: "desc" },
      take: 3,
    }),
    failedRouteCounts(prisma, workspaceId),
    // The case's kind of problem as the hand-off failures recorded it (issue #25).
    prisma.handoffFailure.findFirst({ where: { caseId: c.id, problem: { not: null } }, orderBy: { createdAt: "desc" }, select: { problem: true } }),
  ]);
  return {
    settings,
    earlierReplies: earlier.map((m) => ({ body: m.body, at: m.platformCreatedAt })),
    cannedReplies: canned,
    firstAnswer: outboundInCase === 0,
    customerMessages: inbound.map((m) => m.body),
    failedRoutes,
    problemFamily: problemFamily(problem?.problem) ?? problemOf(inbound.map((m) => m.body)),
  };
}

/** The case's kind of problem from the customer's words (lib/incidents/classify.ts), when no failure named it. */
function problemOf(bodies: string[]): string | null {
  return bodies.length ? problemFamily(readComplaint(bodies.join("\n"), null).problem) : null;
}
