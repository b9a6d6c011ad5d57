// Whether the signed-in member takes new cases (issue #22 item 4), for the switch on their profile page. A use case
// so the page reads through lib/ like every page (tests/unit/edges-read-through-use-cases.test.ts); the switch
// writes through lib/automation/set-availability.ts.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export async function getOwnAvailability(prisma: PrismaClient, member: Member): Promise<{ available: boolean }> {
  assertCan(member.role, "presence.set_own");
  const own = await prisma.membership.findFirstOrThrow({ where: { workspaceId: member.workspaceId, userId: member.userId }, select: { available: true } });
  return { available: own.available };
}
