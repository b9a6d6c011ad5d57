// Marks as staff the inbound messages written from a member's linked personal account (issue #25), as they are
// ingested (after-ingest handler, first in line so scoring, SLA and incidents see the mark) and when an account
// is linked (its earlier messages). A staff message is not a customer's word: no sentiment or urgency, and a case
// that holds no customer message is closed as STAFF (out of the customer metrics, incidents and SLA clocks).
// The leads get a coaching notification with what the guards find in what was written (tone, personal data in
// public…): staff answering customers off the record is for coaching, not a customer case. Idempotent: a message
// is marked once (conditional update), and the notification has a dedupe key.
import type { PrismaClient } from "../generated/prisma/client";
import { PLATFORM, recordAudit } from "../audit/record-audit";
import { detectPromise } from "../followups/detect-promise";
import { checkGuards } from "../guards/check-guards";
import type { AfterIngestHandler } from "../ingest/after-ingest";
import { notify } from "../notifications/notify";
import { leadIds } from "../notifications/recipients";

type Found = {
  id: string; body: string; caseId: string; workspaceId: string; visibility: string; platformCreatedAt: Date;
  authorIdentity: { platformUserId: string; handle: string | null } | null; channel: { platform: string };
};

export async function markStaffMessages(prisma: PrismaClient, workspaceId: string, messageIds: string[]): Promise<number> {
  if (messageIds.length === 0) return 0;
  const identities = await prisma.staffIdentity.findMany({ where: { workspaceId }, select: { userId: true, platform: true, account: true } });
  if (identities.length === 0) return 0;
  const msgs: Found[] = await prisma.message.findMany({
    where: { id: { in: messageIds }, direction: "INBOUND", staff: false, authorIdentityId: { not: null } },
    select: { id: true, body: true, caseId: true, workspaceId: true, visibility: true, platformCreatedAt: true, authorIdentity: { select: { platformUserId: true, handle: true } }, channel: { select: { platform: true } } },
  });
  let marked = 0;
  for (const m of msgs) {
    const a = m.authorIdentity!;
    const who = identities.find((i) => i.platform === m.channel.platform && (i.account === a.platformUserId || (a.handle !== null && i.account === `@${a.handle.toLowerCase()}`)));
    if (who && (await markOne(prisma, m, who.userId))) marked++;
  }
  return marked;
}

async function markOne(prisma: PrismaClient, m: Found, userId: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
  // What the guards say about what was written, as if it were a public reply of ours (codes: "tone:comparison").
  const findings = [...new Set(checkGuards(m.body, { visibility: m.visibility === "PRIVATE" ? "private" : "public", locale: "en" })
    .filter((w) => w.kind === "tone" || w.kind === "personal-data")
    .map((w) => (w.category ? `${w.kind}:${w.category}` : w.kind)))];
  // A promise the brand does not know about ("on vous rappelle demain") is the other risk of answering off the record.
  if (detectPromise(m.body, m.platformCreatedAt)) findings.push("promise");
  return prisma.$transaction(async (tx) => {
    const won = await tx.message.updateMany({ where: { id: m.id, staff: false }, data: { staff: true, sentiment: null, urgency: null } });
    if (won.count === 0) return false;
    const c = await tx.case.findUniqueOrThrow({ where: { id: m.caseId }, select: { number: true, status: true } });
    const customerWords = await tx.message.count({ where: { caseId: m.caseId, direction: "INBOUND", staff: false } });
    if (customerWords === 0 && c.status !== "CLOSED") {
      await tx.case.update({
        where: { id: m.caseId },
        data: {
          status: "CLOSED", closedAt: new Date(), noReplyReason: "STAFF", incidentId: null, sentiment: null, urgency: null,
          firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null,
        },
      });
    }
    await recordAudit(tx, {
      workspaceId: m.workspaceId, actor: PLATFORM, caseId: m.caseId, action: "STAFF_MESSAGE", entityType: "message", entityId: m.id,
      data: { name: user.name, userId, findings: findings.join(", "), closed: customerWords === 0 },
    });
    await notify(tx, m.workspaceId, (await leadIds(tx, m.workspaceId)).map((to) => ({
      userId: to, kind: "STAFF_COACHING" as const, caseId: m.caseId,
      data: { number: c.number, name: user.name, findings: findings.length ? findings.join(", ") : "-" }, dedupeKey: `staff:${m.id}`,
    })), userId);
    return true;
  });
}

export const markStaffAfterIngest: AfterIngestHandler = {
  name: "mark-staff",
  async run(prisma, batch) {
    const inbound = batch.messages.filter((x) => x.direction === "INBOUND").map((x) => x.messageId);
    await markStaffMessages(prisma, batch.workspaceId, inbound);
  },
};
