// The author's other cases, on every channel, within what the member may see.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { caseScopeWhere } from "./case-scope";

export async function listContactCases(prisma: PrismaClient, member: Member, contactId: string, exceptCaseId: string) {
  const rows = await prisma.case.findMany({
    where: { contactId, id: { not: exceptCaseId }, ...caseScopeWhere(member) },
    orderBy: { openedAt: "desc" },
    take: 20,
    select: { id: true, number: true, status: true, preview: true, openedAt: true, channel: { select: { platform: true } } },
  });
  return rows.map((r) => ({ ...r, platform: r.channel.platform }));
}
