// R1: hiding and banning are for spam and trolls, never to silence a complaint. A contact's "open complaint"
// is any case not resolved or closed that nobody marked as troll or spam (a case tag, or a signal on the
// contact): both marks are separate, audited acts, so silencing someone takes a visible lie, not a click.
import type { Prisma } from "../generated/prisma/client";

export const TROLL_MARKS = ["troll", "spam"] as const;
const OPEN = ["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED"] as const;

type Db = Pick<Prisma.TransactionClient, "case" | "contact">;

/** Numbers of the contact's open cases that are not marked troll/spam (empty when the contact is marked). */
export async function openComplaintNumbers(db: Db, workspaceId: string, contactId: string): Promise<number[]> {
  const contact = await db.contact.findFirst({ where: { id: contactId, workspaceId }, select: { signals: true } });
  if (!contact) return [];
  if (contact.signals.some((s) => (TROLL_MARKS as readonly string[]).includes(s.toLowerCase()))) return [];
  const open = await db.case.findMany({
    where: { workspaceId, contactId, status: { in: [...OPEN] } },
    select: { number: true, tags: true },
    orderBy: { number: "asc" },
  });
  return open.filter((c) => !c.tags.some((t) => (TROLL_MARKS as readonly string[]).includes(t.toLowerCase()))).map((c) => c.number);
}
