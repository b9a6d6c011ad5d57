// Threading (which case a new inbound message belongs to), in this order:
//  1. the author's active case on the same post/conversation;
//  2. for a private message, the author's active case anywhere in the workspace (a DM continues the public
//     complaint it follows);
//  3. the author's resolved or closed case on the same thread (or, for a DM, their latest one): reopened (R6:
//     "resolved" is not the customer's word until they stop writing) — unless the message is the customer's
//     "yes" to its pending satisfaction check (confirm-on-answer.ts): then it is confirmed, not reopened;
//  4. otherwise a new case.
import type { Prisma } from "../generated/prisma/client";
import { ACTIVE_STATUSES, isActive } from "../cases/case-status";
import type { CaseStatus, Confirmation } from "../generated/prisma/enums";
import { confirmingAnswer } from "../resolution/confirm-on-answer";
import { satisfactionRounds } from "../resolution/satisfaction-round";
import { lockCasesAwaitingAnswer } from "./inbound-run-sql";

/** The fields ingestion needs to update the case it routes to (read here: no second query). */
export interface RoutedCase {
  id: string;
  status: CaseStatus;
  lastMessageAt: Date;
  lastInboundAt: Date | null;
  confirmation: Confirmation | null;
}

export type Routing =
  | { kind: "join"; caseId: string; current: RoutedCase }
  | { kind: "reopen"; caseId: string; current: RoutedCase }
  /** The message confirms the case's pending satisfaction check: it closes as CONFIRMED, not reopened. */
  | { kind: "confirm"; caseId: string; current: RoutedCase; csat: number }
  | { kind: "new" };

export async function routeInbound(
  tx: Prisma.TransactionClient,
  args: { contactId: string; threadId: string; isPrivate: boolean; body: string },
): Promise<Routing> {
  const latest = { orderBy: { lastMessageAt: "desc" as const }, select: { id: true, status: true, lastMessageAt: true, lastInboundAt: true, confirmation: true } };
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
  if (!resolved) return { kind: "new" };
  if (resolved.confirmation === "PENDING") {
    // Awaiting the customer's word: decided on the case as committed now, and held so until commit (the
    // no-answer sweep, the answer reader or a person may have changed it since it was read above).
    const [now] = await lockCasesAwaitingAnswer(tx, [resolved.id]);
    Object.assign(resolved, { status: now!.status, confirmation: now!.confirmation });
    // Reopened by a person meanwhile: it is the author's active case here, which the message joins (rule 1/2).
    if (isActive(resolved.status)) return { kind: "join", caseId: resolved.id, current: resolved };
    const round = (await satisfactionRounds(tx, [resolved.id])).get(resolved.id);
    const confirms = confirmingAnswer({ ...resolved, questionDelivered: round?.delivered ?? false }, args.body);
    if (confirms) return { kind: "confirm", caseId: resolved.id, current: resolved, csat: confirms.csat };
  }
  return { kind: "reopen", caseId: resolved.id, current: resolved };
}
