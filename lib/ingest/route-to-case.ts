// Threading (which case a new inbound message belongs to), in this order:
//  1. the author's active case on the same post/conversation;
//  2. for a private message, the author's active case anywhere in the workspace (a DM continues the public
//     complaint it follows);
//  3. the author's resolved or closed case on the same thread (or, for a DM, their latest one): reopened (R6:
//     "resolved" is not the customer's word until they stop writing);
//  4. otherwise a new case.
import type { Prisma } from "../generated/prisma/client";
import { ACTIVE_STATUSES } from "../cases/case-status";
import type { CaseStatus } from "../generated/prisma/enums";

/** The fields ingestion needs to update the case it routes to (read here: no second query). */
export interface RoutedCase {
  id: string;
  status: CaseStatus;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
}

export type Routing =
  | { kind: "join"; caseId: string; current: RoutedCase }
  | { kind: "reopen"; caseId: string; current: RoutedCase }
  | { kind: "new" };

export async function routeInbound(
  tx: Prisma.TransactionClient,
  args: { contactId: string; threadId: string; isPrivate: boolean },
): Promise<Routing> {
  const latest = { orderBy: { lastMessageAt: "desc" as const }, select: { id: true, status: true, lastMessageAt: true, lastInboundAt: true } };
  const sameThread = await tx.case.findFirst({
    where: { contactId: args.contactId, threadId: args.threadId, status: { in: ACTIVE_STATUSES } },
    ...latest,
  });
  if (sameThread) return { kind: "join", caseId: sameThread.id, current: sameThread };
  if (args.isPrivate) {
    const anyActive = await tx.case.findFirst({
      where: { contactId: args.contactId, status: { in: ACTIVE_STATUSES } },
      ...latest,
    });
    if (anyActive) return { kind: "join", caseId: anyActive.id, current: anyActive };
  }
  const resolved = await tx.case.findFirst({
    where: {
      contactId: args.contactId,
      status: { in: ["RESOLVED", "CLOSED"] },
      ...(args.isPrivate ? {} : { threadId: args.threadId }),
    },
    ...latest,
  });
  if (resolved) return { kind: "reopen", caseId: resolved.id, current: resolved };
  return { kind: "new" };
}
