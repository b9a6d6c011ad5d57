// CSV exports for the dashboard: the figures of a period, and the cases behind them. RFC 4180 quoting; cells
// that a spreadsheet would run as a formula (=, +, -, @ first) are prefixed with a quote (CSV injection).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import type { Metrics } from "./compute-metrics";

export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function metricsCsv(m: Metrics): string {
  const rows: unknown[][] = [["section", "key", "value"]];
  const add = (section: string, key: string, value: unknown) => rows.push([section, key, value]);
  add("period", "from", m.from);
  add("period", "to", m.to);
  for (const k of ["open", "late", "atRisk", "opened", "resolved", "slaCompliance", "reopenRate"] as const) add("summary", k, m[k]);
  add("summary", "firstResponseMedianSeconds", m.firstResponse.median);
  add("summary", "firstResponseP90Seconds", m.firstResponse.p90);
  add("summary", "resolutionMedianSeconds", m.resolution.median);
  add("summary", "resolutionP90Seconds", m.resolution.p90);
  add("summary", "csat", m.csat ? m.csat.average : "no data");
  if (m.reviews) for (const [k, v] of Object.entries(m.reviews)) add("reviews", k, v);
  for (const [k, v] of Object.entries(m.byStatus)) add("openByStatus", k, v);
  for (const [k, v] of Object.entries(m.byPriority)) add("openByPriority", k, v);
  for (const c of m.byChannel) add("openByChannel", c.name, c.open);
  for (const a of m.perAgent) {
    add(`agent:${a.name}`, "open", a.open);
    add(`agent:${a.name}`, "late", a.late);
    add(`agent:${a.name}`, "handled", a.handled);
    add(`agent:${a.name}`, "resolved", a.resolved);
    add(`agent:${a.name}`, "firstResponseMedianSeconds", a.firstResponse.median);
    add(`agent:${a.name}`, "replies", a.replies);
    add(`agent:${a.name}`, "handleTimeMedianSeconds", a.handleTime.median);
  }
  for (const tm of m.perTeam) {
    const figures = tm.kind === "CUSTOMER_SERVICE"
      ? { openEscalations: tm.open, lateEscalations: tm.late, solved: tm.solved, solutionMedianSeconds: tm.solutionMedianSeconds, returned: tm.returned }
      : { members: tm.members, openCases: tm.openCases, handled: tm.handled, firstResponseMedianSeconds: tm.firstResponseMedianSeconds };
    for (const [k, v] of Object.entries(figures)) add(`team:${tm.name}`, k, v);
  }
  for (const d of m.series.days) {
    add(`day:${d.day}`, "opened", d.opened);
    add(`day:${d.day}`, "resolved", d.resolved);
    add(`day:${d.day}`, "firstResponseMedianSeconds", d.firstResponseMedian);
    add(`day:${d.day}`, "slaCompliance", d.slaCompliance);
  }
  return toCsv(rows);
}

const MAX_ROWS = 50_000;

/** The cases opened in a period, one row each (at most 50,000, newest first). */
export async function casesCsv(prisma: PrismaClient, member: Member, from: Date, to: Date, now = new Date()): Promise<string> {
  assertCan(member.role, "reports.view");
  const cases = await prisma.case.findMany({
    where: { workspaceId: member.workspaceId, openedAt: { gte: from, lt: to } },
    orderBy: { openedAt: "desc" }, take: MAX_ROWS,
    select: {
      number: true, status: true, priority: true, openedAt: true, firstRespondedAt: true, firstResponseSeconds: true,
      firstResponseDueAt: true, resolvedAt: true, reopenCount: true, slaDueAt: true, sentiment: true, tags: true, preview: true,
      channel: { select: { name: true, platform: true } }, contact: { select: { displayName: true } },
      assignee: { select: { name: true } }, incident: { select: { title: true } },
    },
  });
  const rows: unknown[][] = [["number", "status", "priority", "platform", "channel", "author", "assignee", "openedAt", "firstRespondedAt",
    "firstResponseSeconds", "firstResponseDueAt", "firstResponseMet", "resolvedAt", "reopenCount", "lateNow", "sentiment", "incident", "tags", "preview"]];
  for (const c of cases) {
    rows.push([c.number, c.status, c.priority, c.channel.platform, c.channel.name, c.contact.displayName, c.assignee?.name ?? "",
      c.openedAt, c.firstRespondedAt, c.firstResponseSeconds, c.firstResponseDueAt,
      c.firstRespondedAt && c.firstResponseDueAt ? c.firstRespondedAt <= c.firstResponseDueAt : "",
      c.resolvedAt, c.reopenCount, c.slaDueAt ? c.slaDueAt < now : false, c.sentiment, c.incident?.title ?? "", c.tags.join(" "), c.preview]);
  }
  return toCsv(rows);
}
