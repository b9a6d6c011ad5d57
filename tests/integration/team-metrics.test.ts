// Per-team dashboard figures from a seeded scenario: customer-service teams on the escalations routed to them
// (open, late on the escalation's own clock, median time to solution and returns in the period), community-manager
// teams on their members' cases (open now, first-response median of the period); archived teams and the shared
// queue count for no team. The same figures reach the metrics API's JSON and CSV.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { metricsCsv } from "@/lib/metrics/to-csv";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let lead: Member;
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h));
const NOW = day(10);
const FROM = day(1, 0);
const TO = day(8, 0);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  const [cm1, cm2, cm3] = [await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER"), await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER"), await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER")];
  const team = (name: string, kind: "CUSTOMER_SERVICE" | "COMMUNITY_MANAGER" = "CUSTOMER_SERVICE", archivedAt: Date | null = null) =>
    db.prisma.team.create({ data: { workspaceId: ws.id, name, kind, archivedAt } });
  const logistics = await team("Logistique");
  const billing = await team("Facturation");
  const old = await team("Ancienne équipe", "CUSTOMER_SERVICE", day(1));
  const north = await team("Community Nord", "COMMUNITY_MANAGER");
  await db.prisma.membership.updateMany({ where: { userId: { in: [cm1.userId, cm2.userId] } }, data: { teamId: north.id } });
  const contact = await db.prisma.contact.create({ data: { workspaceId: ws.id, displayName: "Client" } });
  let n = 0;
  const kase = async (o: { status?: "NEW" | "OPEN" | "ESCALATED" | "RESOLVED"; opened?: Date; assignee?: string; fr?: number | null } = {}) => {
    const opened = o.opened ?? day(2);
    return db.prisma.case.create({
      data: {
        workspaceId: ws.id, number: ++n, status: o.status ?? "ESCALATED", contactId: contact.id, channelId: channel.id, preview: `case ${n}`,
        openedAt: opened, lastMessageAt: opened, lastInboundAt: opened, assigneeId: o.assignee ?? null,
        firstResponseSeconds: o.fr ?? null, firstRespondedAt: o.fr ? new Date(opened.getTime() + o.fr * 1000) : null,
        resolvedAt: o.status === "RESOLVED" ? day(6) : null,
      },
    });
  };
  const esc = async (teamId: string | null, o: { status: "PENDING" | "IN_PROGRESS" | "DONE" | "RETURNED"; created?: Date; resolved?: Date; pickUpDue?: Date; solutionDue?: Date }) =>
    db.prisma.escalation.create({
      data: {
        caseId: (await kase()).id, reason: "delivery", context: {}, createdById: cm1.userId, teamId, status: o.status,
        createdAt: o.created ?? day(2), resolvedAt: o.resolved ?? null, pickUpDueAt: o.pickUpDue ?? null, solutionDueAt: o.solutionDue ?? null,
      },
    });
  // Logistique: 3 open (2 late), 3 solved in the period (2 h, 24 h, 6 h → median 6 h), 1 solved after it, 1 returned.
  await esc(logistics.id, { status: "PENDING", pickUpDue: day(9) });
  await esc(logistics.id, { status: "PENDING", pickUpDue: day(11) });
  await esc(logistics.id, { status: "IN_PROGRESS", solutionDue: day(9, 12), pickUpDue: day(1) });
  await esc(logistics.id, { status: "DONE", created: day(2, 10), resolved: day(2, 12) });
  await esc(logistics.id, { status: "DONE", created: day(3, 10), resolved: day(4, 10) });
  await esc(logistics.id, { status: "DONE", created: day(4, 10), resolved: day(4, 16) });
  await esc(logistics.id, { status: "DONE", created: day(7, 10), resolved: day(9, 10) });
  await esc(logistics.id, { status: "RETURNED", resolved: day(5) });
  // Facturation: one return in the period, one after it; nothing open.
  await esc(billing.id, { status: "RETURNED", resolved: day(3) });
  await esc(billing.id, { status: "RETURNED", resolved: day(25) });
  // The shared queue gets its own row (issue #26: it was missing); an archived team's escalation is in no row.
  await esc(null, { status: "PENDING", pickUpDue: day(9) });
  await esc(old.id, { status: "PENDING", pickUpDue: day(9) });
  // Community Nord (cm1, cm2): open cases 3 (one opened before the period); in the period 600, 1800, 1200 s → 1200.
  await kase({ status: "OPEN", opened: day(2), assignee: cm1.userId, fr: 600 });
  await kase({ status: "NEW", opened: day(3), assignee: cm2.userId, fr: 1800 });
  await kase({ status: "RESOLVED", opened: day(4), assignee: cm1.userId, fr: 1200 });
  await kase({ status: "OPEN", opened: new Date(Date.UTC(2026, 9, 20)), assignee: cm2.userId, fr: 30 });
  // cm3 is in no team.
  await kase({ status: "OPEN", opened: day(3), assignee: cm3.userId, fr: 60 });
});
afterAll(() => db?.dispose());

describe("per-team figures", () => {
  it("figures each active team from its escalations or its members' cases", async () => {
    const m = await computeMetrics(db.prisma, lead, FROM, TO, NOW);
    expect(m.perTeam.map((t) => t.name)).toEqual(["Facturation", "Logistique", "Community Nord", "shared queue"]);
    expect(m.perTeam.at(-1)).toMatchObject({ kind: "CUSTOMER_SERVICE", teamId: null, open: 1, late: 1, solved: 0, returned: 0 });
    expect(m.perTeam.find((t) => t.name === "Logistique")).toMatchObject({
      kind: "CUSTOMER_SERVICE", open: 3, late: 2, solved: 3, solutionMedianSeconds: 6 * 3600, returned: 1,
    });
    expect(m.perTeam.find((t) => t.name === "Facturation")).toMatchObject({ open: 0, late: 0, solved: 0, solutionMedianSeconds: null, returned: 1 });
    expect(m.perTeam.find((t) => t.name === "Community Nord")).toMatchObject({
      kind: "COMMUNITY_MANAGER", members: 2, openCases: 3, handled: 3, firstResponseMedianSeconds: 1200,
    });
  });

  it("moves with the period and the clock: a later period sees the later solution and return, none late before the deadlines", async () => {
    const later = await computeMetrics(db.prisma, lead, day(8, 0), day(30, 0), day(8, 12));
    expect(later.perTeam.find((t) => t.name === "Logistique")).toMatchObject({ open: 3, late: 0, solved: 1, solutionMedianSeconds: 48 * 3600, returned: 0 });
    expect(later.perTeam.find((t) => t.name === "Facturation")).toMatchObject({ returned: 1 });
    expect(later.perTeam.find((t) => t.name === "Community Nord")).toMatchObject({ openCases: 3, handled: 0, firstResponseMedianSeconds: null });
  });

  it("writes the team figures to the metrics CSV", async () => {
    const csv = metricsCsv(await computeMetrics(db.prisma, lead, FROM, TO, NOW));
    expect(csv).toContain("team:Logistique,openEscalations,3\r\n");
    expect(csv).toContain("team:Logistique,lateEscalations,2\r\n");
    expect(csv).toContain(`team:Logistique,solutionMedianSeconds,${6 * 3600}\r\n`);
    expect(csv).toContain("team:Logistique,returned,1\r\n");
    expect(csv).toContain("team:Community Nord,openCases,3\r\n");
    expect(csv).toContain("team:Community Nord,firstResponseMedianSeconds,1200\r\n");
    expect(csv).not.toContain("Ancienne équipe");
  });
});
