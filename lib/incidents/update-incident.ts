// A lead's change to an incident (R7): confirm a suggestion (→ OPEN) and name it, resolve or reopen it, link
// cases to it or unlink them (an unlinked case is remembered, so automatic grouping never puts it back).
// One transaction with its audit events.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { conflict, notFound } from "../errors/domain-errors";
import type { IncidentPatch } from "./schemas";

export async function updateIncident(prisma: PrismaClient, member: Member, incidentId: string, patch: IncidentPatch) {
  assertCan(member.role, "incidents.manage");
  const actor = actorOf(member);
  return prisma.$transaction(async (tx) => {
    const inc = await tx.incident.findFirst({ where: { id: incidentId, workspaceId: member.workspaceId } });
    if (!inc) throw notFound("Incident");
    const audit = (data: Record<string, unknown>, caseId?: string) =>
      recordAudit(tx, {
        workspaceId: member.workspaceId, action: caseId ? "CASE_INCIDENT_LINKED" : "INCIDENT_UPDATED", actor, caseId,
        entityType: caseId ? "case" : "incident", entityId: caseId ?? incidentId, data: data as never,
      });
    const data: Record<string, unknown> = {};
    if (patch.title !== undefined && patch.title !== inc.title) data.title = patch.title;
    if (patch.summary !== undefined) data.summary = patch.summary;
    if (patch.status && patch.status !== inc.status) {
      data.status = patch.status;
      if (patch.status === "OPEN" && inc.status === "SUGGESTED") Object.assign(data, { confirmedAt: new Date(), confirmedById: member.userId });
      data.closedAt = patch.status === "RESOLVED" ? new Date() : null;
    }
    if (patch.linkCaseNumbers?.length) {
      const found = await tx.case.findMany({ where: { number: { in: patch.linkCaseNumbers }, workspaceId: member.workspaceId }, select: { id: true, number: true } });
      const missing = patch.linkCaseNumbers.filter((n) => !found.some((c) => c.number === n));
      if (missing.length) throw notFound(`Case ${missing.map((n) => `#${n}`).join(", ")}`);
      patch = { ...patch, linkCaseIds: [...new Set([...(patch.linkCaseIds ?? []), ...found.map((c) => c.id)])] };
    }
    if (patch.linkCaseIds?.length) {
      const cases = await tx.case.findMany({ where: { id: { in: patch.linkCaseIds }, workspaceId: member.workspaceId }, select: { id: true, incidentId: true } });
      if (cases.length !== new Set(patch.linkCaseIds).size) throw notFound("Case");
      const elsewhere = cases.filter((c) => c.incidentId && c.incidentId !== incidentId);
      if (elsewhere.length) throw conflict("case_in_other_incident", "Some cases belong to another incident: unlink them there first.", { caseIds: elsewhere.map((c) => c.id) });
      for (const c of cases.filter((c) => c.incidentId !== incidentId)) {
        await tx.case.update({ where: { id: c.id }, data: { incidentId } });
        await audit({ incidentId, linked: true }, c.id);
      }
      data.excludedCaseIds = inc.excludedCaseIds.filter((id) => !patch.linkCaseIds!.includes(id));
    }
    if (patch.unlinkCaseIds?.length) {
      const cases = await tx.case.findMany({ where: { id: { in: patch.unlinkCaseIds }, incidentId }, select: { id: true } });
      for (const c of cases) {
        await tx.case.update({ where: { id: c.id }, data: { incidentId: null } });
        await recordAudit(tx, {
          workspaceId: member.workspaceId, action: "INCIDENT_CASE_UNLINKED", actor, caseId: c.id,
          entityType: "case", entityId: c.id, data: { incidentId },
        });
      }
      const base = (data.excludedCaseIds as string[] | undefined) ?? inc.excludedCaseIds;
      data.excludedCaseIds = [...new Set([...base, ...cases.map((c) => c.id)])];
    }
    const span = await tx.case.aggregate({ where: { incidentId }, _min: { openedAt: true }, _max: { lastInboundAt: true } });
    const updated = await tx.incident.update({
      where: { id: incidentId },
      data: { ...data, firstAt: span._min.openedAt, lastAt: span._max.lastInboundAt },
    });
    await audit({ changes: Object.keys(patch), from: inc.status, to: updated.status, title: updated.title });
    return updated;
  });
}
