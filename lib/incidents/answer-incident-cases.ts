// Answers every open case of an incident at once (R7), one personalised reply per case ({{first_name}},
// {{case_number}}, {{agent_name}} filled per case), each through the normal reply path (stored, audited,
// delivered by jobs). The replies differ by construction, and each goes to a different case and thread, so the
// per-thread copy-paste check (R3) has nothing to flag. Cases whose variables cannot be filled are skipped and
// reported rather than sent "Bonjour ,".
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { notFound } from "../errors/domain-errors";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { fillVariables } from "../canned-replies/fill-variables";
import { queueReply, type Enqueue } from "../outbound/queue-reply";
import type { IncidentAnswer } from "./schemas";

export interface AnswerResult { caseId: string; ok: boolean; messageId?: string; error?: string }

export async function answerIncidentCases(prisma: PrismaClient, member: Member, incidentId: string, input: IncidentAnswer, enqueue: Enqueue) {
  assertCan(member.role, "incidents.manage");
  const inc = await prisma.incident.findFirst({
    where: { id: incidentId, workspaceId: member.workspaceId },
    include: { cases: { where: { status: { in: ACTIVE_STATUSES } }, orderBy: { openedAt: "asc" }, select: { id: true, number: true, contact: { select: { displayName: true } } } } },
  });
  if (!inc) throw notFound("Incident");
  const agent = member.name.split(/\s+/)[0] ?? member.name;
  const results: AnswerResult[] = [];
  for (const c of inc.cases) {
    const firstName = c.contact.displayName.replace(/^@/, "").split(/\s+/)[0] ?? "";
    const filled = fillVariables(input.template, { first_name: firstName, case_number: c.number, agent_name: agent });
    if (filled.missing.length) {
      results.push({ caseId: c.id, ok: false, error: `missing ${filled.missing.join(", ")}` });
      continue;
    }
    try {
      const m = await queueReply(prisma, member, c.id, { text: filled.text, visibility: input.visibility }, enqueue);
      results.push({ caseId: c.id, ok: true, messageId: (m as { id: string }).id });
    } catch (err) {
      results.push({ caseId: c.id, ok: false, error: (err as Error).message });
    }
  }
  return results;
}
