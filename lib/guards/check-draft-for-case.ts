// POST /api/v1/drafts/check: the guards on a draft, with the case's earlier replies when a case is named.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { notFound } from "../errors/domain-errors";
import { caseScopeWhere } from "../cases/case-scope";
import { checkGuards, type GuardLocale, type GuardWarning } from "./check-guards";
import { loadGuardContext } from "./load-guard-context";
import type { DraftCheckInput } from "./schemas";

export async function checkDraftForCase(
  prisma: PrismaClient,
  member: Member,
  input: DraftCheckInput,
  fallbackLocale: GuardLocale,
): Promise<{ warnings: GuardWarning[] }> {
  assertCan(member.role, "cases.reply");
  let c = null;
  if (input.caseId) {
    c = await prisma.case.findFirst({
      where: { id: input.caseId, ...caseScopeWhere(member) },
      select: { id: true, workspaceId: true, contactId: true, threadId: true },
    });
    if (!c) throw notFound("Case");
  }
  const ctx = await loadGuardContext(prisma, c, member.workspaceId);
  return { warnings: checkGuards(input.text, { ...ctx, visibility: input.visibility, locale: input.locale ?? fallbackLocale }) };
}
