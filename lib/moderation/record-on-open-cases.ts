// A mark, a hide or a ban is about a person, but the people who answer read cases: so each such audit event is
// written on the timeline of every open case of that author (the case page shows events by caseId), or once
// without a case when they have none (unless the caller already recorded it elsewhere: `alreadyOn` a case, or
// `casesOnly` when its own per-row events stand for it). Called inside the use case's transaction.
import type { Prisma } from "../generated/prisma/client";
import { recordAudit, type AuditInput } from "../audit/record-audit";
import { openCases } from "./open-complaints";

export async function recordOnOpenCases(
  tx: Prisma.TransactionClient,
  contactId: string,
  input: Omit<AuditInput, "caseId">,
  opts: { alreadyOn?: string | null; casesOnly?: boolean } = {},
): Promise<void> {
  const cases = (await openCases(tx, input.workspaceId, contactId)).filter((c) => c.id !== opts.alreadyOn);
  if (cases.length === 0 && !opts.alreadyOn && !opts.casesOnly) {
    await recordAudit(tx, input);
    return;
  }
  for (const c of cases) await recordAudit(tx, { ...input, caseId: c.id });
}
