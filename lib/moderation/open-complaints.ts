// R1: hiding and banning are for spam and trolls, never to silence a complaint. A contact's "open complaint"
// is any case not resolved or closed that nobody marked as troll or spam (a case tag, or a signal on the
// contact): both marks are separate, audited acts, so silencing someone takes a visible lie, not a click.
// Marking the author of an open complaint takes a team lead (./mark-contact.ts), so it is not one click either.
import type { Prisma } from "../generated/prisma/client";

export const TROLL_MARKS = ["troll", "spam"] as const;
/** Every status in which a case is still open, New included. */
export const OPEN_STATUSES = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED"] as const;

type Db = Pick<Prisma.TransactionClient, "case" | "contact">;

export const isMark = (s: string) => (TROLL_MARKS as readonly string[]).includes(s.toLowerCase());

/** The contact's open cases, marked or not (what the author panel counts and where timelines show moderation). */
export function openCases(db: Pick<Prisma.TransactionClient, "case">, workspaceId: string, contactId: string) {
  return db.case.findMany({
    where: { workspaceId, contactId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, number: true, tags: true },
    orderBy: { number: "asc" },
  });
}

/** Numbers of the contact's open cases that are not marked troll/spam (empty when the contact is marked). */
export async function openComplaintNumbers(db: Db, workspaceId: string, contactId: string): Promise<number[]> {
  const contact = await db.contact.findFirst({ where: { id: contactId, workspaceId }, select: { signals: true } });
  if (!contact) return [];
  if (contact.signals.some(isMark)) return [];
  const open = await openCases(db, workspaceId, contactId);
  return open.filter((c) => !c.tags.some(isMark)).map((c) => c.number);
}
