// Who in a team takes the next case (issue #22 item 4): only members who are active, "available" and under
// their cap of open cases. Round-robin goes to the next such member after the rule's last pick (the cursor is
// advanced under the rule's row lock, so two batches at once do not pick the same person twice in a row);
// least-loaded takes the one holding the fewest open cases. Null when nobody can take it: the case then goes to
// the team, unassigned, and the rule says so on the timeline.
import type { Prisma } from "../generated/prisma/client";
import { OPEN_STATUSES } from "../moderation/open-complaints";

export interface Candidate { userId: string; name: string; load: number; cap: number | null; available: boolean }

/** The team's active members with their open-case load, in a stable order (by when they joined). */
export async function teamCandidates(tx: Prisma.TransactionClient, workspaceId: string, teamId: string): Promise<Candidate[]> {
  return tx.$queryRaw<Candidate[]>`
    SELECT ms."userId", u.name, ms."caseCap" AS cap, ms.available,
           (SELECT count(*) FROM cases c WHERE c."workspaceId" = ${workspaceId} AND c."assigneeId" = ms."userId"
              AND c.status::text IN (${OPEN_STATUSES[0]}, ${OPEN_STATUSES[1]}, ${OPEN_STATUSES[2]}, ${OPEN_STATUSES[3]}))::int AS load
      FROM memberships ms JOIN users u ON u.id = ms."userId"
     WHERE ms."workspaceId" = ${workspaceId} AND ms."teamId" = ${teamId} AND ms."deactivatedAt" IS NULL
     ORDER BY ms."createdAt", ms."userId"`;
}

export const canTake = (c: Candidate) => c.available && (c.cap === null || c.load < c.cap);

/** Pure choice among candidates (in their stable order); `last`: round-robin's previous pick. */
export function choose(candidates: Candidate[], strategy: "round_robin" | "least_loaded", last: string | null): Candidate | null {
  const able = candidates.filter(canTake);
  if (able.length === 0) return null;
  if (strategy === "least_loaded") return able.reduce((best, c) => (c.load < best.load ? c : best));
  const lastIndex = last ? candidates.findIndex((c) => c.userId === last) : -1;
  // The first able member after the last pick in the full order (an absent member keeps their place in turn).
  for (let step = 1; step <= candidates.length; step++) {
    const c = candidates[(lastIndex + step + candidates.length) % candidates.length]!;
    if (canTake(c)) return c;
  }
  return null;
}
