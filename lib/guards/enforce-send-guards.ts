// Server-side enforcement of the guards when a reply is sent (R3, R4, R5, R8): a draft with a `high` finding
// is refused unless the sender overrides it with a reason (recorded as GUARD_OVERRIDDEN beside the reply) or
// a team lead approved that exact text (lib/guards/decide-draft-approval.ts); the "one humorous answer" to a
// troll is allowed once per contact. Called from queue-reply so every sender goes through the same gate.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { recordAudit, actorOf } from "../audit/record-audit";
import { conflict } from "../errors/domain-errors";
import { blockingFindings, checkGuards, type GuardWarning } from "./check-guards";
import { loadGuardContext, type GuardCase } from "./load-guard-context";
import type { GuardOverride } from "./schemas";

export interface SendGuardInput {
  text: string;
  visibility: "public" | "private";
  override?: GuardOverride;
  humorous?: boolean;
  /** Set by the approval flow: a team lead already accepted these findings. */
  approvedBy?: string;
}

export const HUMOROUS_SIGNAL = "humorous_reply_sent";
type Recorder = (tx: Prisma.TransactionClient, messageId: string) => Promise<void>;

/** What the findings look like in the record: kinds, categories and spans, not translated text. */
export const findingRecord = (ws: GuardWarning[]) =>
  ws.map((w) => ({ kind: w.kind, category: w.category ?? null, severity: w.severity, start: w.start ?? null, end: w.end ?? null }));

/**
 * Throws 409 `guard_blocked` (details: the findings) when the draft has a `high` finding and no override.
 * Returns a recorder to call inside the reply's transaction (override and humour events), or null.
 */
export async function enforceSendGuards(prisma: PrismaClient, member: Member, c: GuardCase, input: SendGuardInput): Promise<Recorder | null> {
  const recorders: Recorder[] = [];
  const actor = actorOf(member);
  if (input.humorous) {
    const contact = await prisma.contact.findUniqueOrThrow({ where: { id: c.contactId }, select: { signals: true } });
    if (!contact.signals.includes("troll")) {
      throw conflict("humour_not_troll", "A humorous answer is only for a contact marked as a troll (R8).");
    }
    if (contact.signals.includes(HUMOROUS_SIGNAL)) {
      throw conflict("humour_already_used", "This troll already had its one humorous answer (R8): ignore, hide or ban now.");
    }
    recorders.push(async (tx, messageId) => {
      await tx.contact.update({ where: { id: c.contactId }, data: { signals: { push: HUMOROUS_SIGNAL } } });
      await recordAudit(tx, { workspaceId: c.workspaceId, action: "HUMOROUS_REPLY_SENT", actor, caseId: c.id, entityType: "message", entityId: messageId, data: { contactId: c.contactId } });
    });
  }
  const ctx = await loadGuardContext(prisma, c, c.workspaceId);
  const blocking = blockingFindings(checkGuards(input.text, { ...ctx, visibility: input.visibility, locale: "en" }));
  if (blocking.length > 0 && !input.approvedBy) {
    if (!input.override) {
      throw conflict(
        "guard_blocked",
        `This reply has ${blocking.length} finding(s) that need a second look: ${blocking.map((w) => w.message).join(" ")} ` +
          "Rewrite it, send it with an override and a reason, or submit it for a team lead's approval.",
        { warnings: blocking },
      );
    }
    const reason = input.override.reason;
    recorders.push(async (tx, messageId) => {
      await recordAudit(tx, { workspaceId: c.workspaceId, action: "GUARD_OVERRIDDEN", actor, caseId: c.id, entityType: "message", entityId: messageId, data: { reason, findings: findingRecord(blocking) } });
    });
  }
  if (recorders.length === 0) return null;
  return async (tx, messageId) => {
    for (const r of recorders) await r(tx, messageId);
  };
}
