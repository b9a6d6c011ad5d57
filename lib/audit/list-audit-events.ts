// The audit-log viewer (admins): newest first, filtered by person, action, case number and period (UTC days),
// paged by id. The CSV export walks the same query in pages.
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { DICTIONARIES, type Locale, type MessageKey } from "../i18n/messages";
import type { AuditQuery } from "./schemas";

const DAY_MS = 86_400_000;

function where(member: Member, q: AuditQuery): Prisma.AuditEventWhereInput {
  return {
    workspaceId: member.workspaceId,
    ...(q.actor ? { actorUserId: q.actor } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.case ? { case: { number: q.case, workspaceId: member.workspaceId } } : {}),
    ...(q.from || q.to
      ? { createdAt: { ...(q.from ? { gte: new Date(`${q.from}T00:00:00Z`) } : {}), ...(q.to ? { lt: new Date(new Date(`${q.to}T00:00:00Z`).getTime() + DAY_MS) } : {}) } }
      : {}),
    ...(q.cursor ? { id: { lt: BigInt(q.cursor) } } : {}),
  };
}

export async function listAuditEvents(prisma: PrismaClient, member: Member, q: AuditQuery) {
  assertCan(member.role, "audit.view");
  const rows = await prisma.auditEvent.findMany({
    where: where(member, q),
    include: { actor: { select: { name: true, email: true } }, case: { select: { number: true } } },
    orderBy: { id: "desc" },
    take: q.limit + 1,
  });
  const page = rows.slice(0, q.limit);
  return {
    data: page.map((e) => ({
      id: e.id.toString(), createdAt: e.createdAt, action: e.action, actorKind: e.actorKind,
      actor: e.actorUserId ? { userId: e.actorUserId, name: e.actor?.name ?? null, email: e.actor?.email ?? null } : null,
      caseId: e.caseId, caseNumber: e.case?.number ?? null, entityType: e.entityType, entityId: e.entityId, data: e.data,
    })),
    nextCursor: rows.length > q.limit ? page.at(-1)!.id.toString() : null,
  };
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : typeof v === "string" ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  // Quote always; neutralise spreadsheet formulas (a cell starting with = + - @, or a tab or CR before one, is
  // data, not code: OWASP's CSV-injection list).
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

/** Every matching event as CSV (header first), in pages of 500, capped at `max` rows. The action's code stays
 * (scripts filter on it); `action_name` is its name in the exporter's language, for the people reading it. */
export async function* auditCsv(prisma: PrismaClient, member: Member, q: AuditQuery, locale: Locale = "en", max = 100_000) {
  const dict = DICTIONARIES[locale];
  const actionName = (a: string) => dict[`audit.action.${a}` as MessageKey] ?? a;
  yield ["id", "time", "action", "action_name", "actor_kind", "actor_email", "actor_name", "case_number", "entity_type", "entity_id", "data"].join(",") + "\r\n";
  let cursor = q.cursor;
  let sent = 0;
  while (sent < max) {
    const page = await listAuditEvents(prisma, member, { ...q, cursor, limit: 500 });
    for (const e of page.data) {
      yield [e.id, e.createdAt, e.action, actionName(e.action), e.actorKind, e.actor?.email, e.actor?.name, e.caseNumber, e.entityType, e.entityId, e.data].map(csvCell).join(",") + "\r\n";
    }
    sent += page.data.length;
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
}
