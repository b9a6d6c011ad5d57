// The acting member: who (user), where (workspace) and with which role. Read fresh from the database on
// every request — the session carries only the user id, so a role change takes effect at once.
import type { Role } from "../generated/prisma/enums";
import type { PrismaClient } from "../generated/prisma/client";

export interface Member {
  userId: string;
  name: string;
  email: string;
  workspaceId: string;
  role: Role;
  /** How the request authenticated: browser session or API token. */
  via: "session" | "token";
}

/** A user belongs to one workspace today; the oldest membership is the active one. */
export async function loadMember(
  prisma: PrismaClient,
  userId: string,
  via: Member["via"],
): Promise<Member | null> {
  const m = await prisma.membership.findFirst({
    where: { userId },
    orderBy: { createdAt: "asc" },
    include: { user: { select: { name: true, email: true } } },
  });
  if (!m) return null;
  return { userId, name: m.user.name, email: m.user.email, workspaceId: m.workspaceId, role: m.role, via };
}
