// The acting member: who (user), where (workspace) and with which role. Read fresh from the database on
// every request — the session carries only the user id, so a role change or a deactivation takes effect at once.
// This is the single choke point for browser sessions and API tokens alike: a deactivated membership, or a
// session signed before the user's last sign-out / password change (sessionVersion), gets no member → 401.
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
  /** For sessions: the user's sessionVersion when the session was signed (absent in pre-#11 sessions = 0). */
  sessionVersion?: number;
  /** The workspace asked for: the token's own workspace, or the one picked in the browser's switcher. */
  workspaceId?: string | null;
  /** Only that workspace will do (API tokens act in their own workspace only); otherwise fall back to the oldest. */
  strict?: boolean;
}

/** The oldest active membership, or the one asked for (strictly for tokens). */
export async function loadMember(
  prisma: PrismaClient,
  userId: string,
  via: Member["via"],
  opts: LoadMemberOptions = {},
): Promise<Member | null> {
  const include = { user: { select: { name: true, email: true, sessionVersion: true } } } as const;
  const inWorkspace = (workspaceId: string) =>
    prisma.membership.findFirst({ where: { userId, workspaceId, deactivatedAt: null }, include });
  let m = opts.workspaceId ? await inWorkspace(opts.workspaceId) : null;
  if (opts.strict) {
    if (!m) return null;
  } else {
    m ??= await prisma.membership.findFirst({ where: { userId, deactivatedAt: null }, orderBy: { createdAt: "asc" }, include });
  }
  if (!m) return null;
  if (via === "session" && (opts.sessionVersion ?? 0) !== m.user.sessionVersion) return null;
  return { userId, name: m.user.name, email: m.user.email, workspaceId: m.workspaceId, role: m.role, via };
}
