// Whether closing this case would close a complaint nobody answered (the "resolved when it is not" of the
// seeds). One check for both ways to close a case: "No reply needed" (./close-without-reply.ts) and the plain
// Close (./update-case.ts). A case the team answered, or whose author is marked troll/spam, may be closed.
import type { Prisma } from "../generated/prisma/client";
import { isMark } from "../moderation/open-complaints";
import { readsAsComplaint, type ComplaintReading } from "./reads-as-complaint";

interface CaseFacts { id: string; contactId: string; firstRespondedAt: Date | null; sentiment: number | null; language: string | null }

/** The complaint reading when the case may not be closed unanswered; null when it may. Call inside the transaction. */
export async function unansweredComplaint(tx: Prisma.TransactionClient, c: CaseFacts): Promise<ComplaintReading | null> {
  if (c.firstRespondedAt) return null;
  const contact = await tx.contact.findUnique({ where: { id: c.contactId }, select: { signals: true } });
  if (contact?.signals.some(isMark)) return null;
  const inbound = await tx.message.findMany({
    where: { caseId: c.id, direction: "INBOUND" }, orderBy: { platformCreatedAt: "desc" }, take: 5, select: { body: true },
  });
  const reading = readsAsComplaint(inbound.map((m) => m.body), c.sentiment, c.language);
  return reading.complaint ? reading : null;
}

/** The refusal's details and why, in words, for the domain error's message. */
export function complaintWhy(reading: ComplaintReading, sentiment: number | null): string {
  return reading.problem ? `it states a problem (${reading.problem})` : `its tone is negative (${sentiment})`;
}
