// Who may manage whom: team leads invite and manage community managers, customer service and other leads;
// only admins invite, promote, demote or deactivate admins.
import type { Role } from "../generated/prisma/enums";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { forbidden } from "../errors/domain-errors";

export function assertMayManage(actor: Member, ...roles: (Role | undefined)[]): void {
  assertCan(actor.role, "members.manage");
  if (actor.role !== "ADMIN" && roles.includes("ADMIN")) {
    throw forbidden("admins_only", "Only admins invite or manage admins.");
  }
}
