// Answers every open case of an incident at once (R7), one personalised reply per case ({{first_name}},
// {{case_number}}, {{agent_name}} filled per case), each through the normal reply path (stored, audited, guarded,
// delivered by jobs). The replies differ by construction, and each goes to a different case and thread.
// Contract: every open case gets one result, sent or refused with a code and the reason — a case the guards
// refuse, a case with nothing to answer under, a wording missing for its customer's language, or a variable that
// cannot be filled ("Bonjour ,") is reported, never counted as sent.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { DomainError, notFound } from "../errors/domain-errors";
import { log } from "../log";
import { ACTIVE_STATUSES } from "../cases/case-status";
import { fillVariables } from "../canned-replies/fill-variables";
import { queueReply, type Enqueue } from "../outbound/queue-reply";
import type { IncidentAnswer } from "./schemas";

export type AnswerLanguage = "fr" | "en";
export interface AnswerResult {
  caseId: string;
  caseNumber: number;
  /** The customer's language as detected on the case (null: not detected). */
  language: string | null;
  ok: boolean;
  messageId?: string;
  /** Why it was refused: a domain error's code (guard_blocked, no_target, too_long…), no_wording or unfilled. */
  code?: string;
  error?: string;
}

/** The wording for a case: its customer's language; an undetected or other language takes English, else French. */
export function wordingFor(input: IncidentAnswer, language: string | null): string | undefined {
  if (input.template) return input.template;
  const t = input.templates ?? {};
  if (language === "fr" || language === "en") return t[language];
  return t.en ?? t.fr;
}

export async function answerIncidentCases(prisma: PrismaClient, member: Member, incidentId: string, input: IncidentAnswer, enqueue: Enqueue): Promise<AnswerResult[]> {
  assertCan(member.role, "incidents.manage");
  const inc = await prisma.incident.findFirst({
    where: { id: incidentId, workspaceId: member.workspaceId },
    include: {
      cases: {
        where: { status: { in: ACTIVE_STATUSES } },
        orderBy: { openedAt: "asc" },
        select: { id: true, number: true, language: true, contact: { select: { displayName: true } } },
      },
    },
  });
  if (!inc) throw notFound("Incident");
  const agent = member.name.split(/\s+/)[0] ?? member.name;
  const results: AnswerResult[] = [];
  for (const c of inc.cases) {
    const base = { caseId: c.id, caseNumber: c.number, language: c.language };
    const wording = wordingFor(input, c.language);
    if (!wording) {
      results.push({ ...base, ok: false, code: "no_wording", error: `no wording in ${c.language === "en" ? "English" : "French"} for this customer` });
      continue;
    }
    const firstName = c.contact.displayName.replace(/^@/, "").split(/\s+/)[0] ?? "";
    const filled = fillVariables(wording, { first_name: firstName, case_number: c.number, agent_name: agent });
    if (filled.missing.length) {
      results.push({ ...base, ok: false, code: "unfilled", error: `missing ${filled.missing.join(", ")}` });
      continue;
    }
    try {
      const m = await queueReply(prisma, member, c.id, { text: filled.text, visibility: input.visibility }, enqueue);
      results.push({ ...base, ok: true, messageId: (m as { id: string }).id });
    } catch (err) {
      // One case failing (even the database for a moment) must not hide what was already sent to the others.
      if (err instanceof DomainError && err.kind !== "forbidden") results.push({ ...base, ok: false, code: err.code, error: err.message });
      else {
        log.error("incident.answer_failed", { incidentId, caseId: c.id, reason: (err as Error).message });
        results.push({ ...base, ok: false, code: "failed", error: "not stored: try again" });
      }
    }
  }
  return results;
}
