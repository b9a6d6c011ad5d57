// The profile page (issue #25): the signed-in member's own membership and the personal accounts linked to it.
// A use case so the page reads through lib/ like every page (tests/unit/edges-read-through-use-cases.test.ts).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { listStaffIdentities } from "./list-staff-identities";

export async function listOwnStaffIdentities(prisma: PrismaClient, member: Member) {
  const own = await prisma.membership.findFirstOrThrow({ where: { workspaceId: member.workspaceId, userId: member.userId }, select: { id: true } });
  return { membershipId: own.id, identities: await listStaffIdentities(prisma, member, own.id) };
}
