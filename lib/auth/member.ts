// The acting member: who (user), where (workspace) and with which role. Read fresh from the database on
// every request — the session carries only the user id, so a role change or a deactivation takes effect at once.
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

export interface LoadMemberOptions {
  /** The workspace asked for: the token's own workspace, or the one picked in the browser's switcher. */
  workspaceId?: string | null;
  /** Only that workspace will do (API tokens act in their own workspace only); otherwise fall back to the oldest. */
  strict?: boolean;
}

/**
 * The single choke point every request goes through (pages, actions, API): only an ACTIVE membership counts,
 * so a deactivated member's sessions and tokens get 401 on their next request.
 */
export async function loadMember(
  prisma: PrismaClient,
  userId: string,
  via: Member["via"],
  opts: LoadMemberOptions = {},
): Promise<Member | null> {
  const include = { user: { select: { name: true, email: true } } } as const;
  const inWorkspace = (workspaceId: string) =>
    prisma.membership.findFirst({ where: { userId, workspaceId, active: true }, include });
  let m = opts.workspaceId ? await inWorkspace(opts.workspaceId) : null;
  if (opts.strict) {
    if (!m) return null;
  } else {
    m ??= await prisma.membership.findFirst({ where: { userId, active: true }, orderBy: { createdAt: "asc" }, include });
  }
  if (!m) return null;
  return { userId, name: m.user.name, email: m.user.email, workspaceId: m.workspaceId, role: m.role, via };
}
