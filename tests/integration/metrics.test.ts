// Dashboard figures (GET /api/v1/metrics) from stored case times: first-response and resolution percentiles, SLA
// compliance, reopen rate, per-agent load, daily series; leads and admins only; CSV exports quote and defuse cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { casesCsv, csvCell, metricsCsv } from "@/lib/metrics/to-csv";
import { metricsQuery } from "@/lib/metrics/schemas";
import type { Member } from "@/lib/auth/member";
import { makeMember, makeWorkspace, uniq } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let lead: Member;
let cm: Member;
const day = (d: number, h = 10) => new Date(Date.UTC(2026, 10, d, h));

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  const contact = await db.prisma.contact.create({ data: { workspaceId: ws.id, displayName: "=HYPERLINK(\"x\")" } });
  // Four cases opened on 2 and 3 November; answered after 10, 20, 30 min; one unanswered and late; one reopened.
  const rows = [
    { n: 1, opened: day(2), answered: 600, resolved: day(2, 14), status: "RESOLVED", reopen: 0, assignee: cm.userId, csat: 5 },
    { n: 2, opened: day(2, 11), answered: 1200, resolved: day(3, 11), status: "RESOLVED", reopen: 1, assignee: cm.userId, csat: 2 },
    { n: 3, opened: day(3), answered: 1800, resolved: null, status: "OPEN", reopen: 0, assignee: null, csat: null },
    { n: 4, opened: day(3, 12), answered: null, resolved: null, status: "NEW", reopen: 0, assignee: cm.userId, csat: null },
  ] as const;
  for (const r of rows) {
    await db.prisma.case.create({
      data: {
        workspaceId: ws.id, number: r.n, status: r.status, contactId: contact.id, channelId: channel.id, preview: `case ${uniq("c")}`,
        openedAt: r.opened, lastMessageAt: r.opened, lastInboundAt: r.opened, assigneeId: r.assignee, reopenCount: r.reopen,
        firstResponseDueAt: new Date(r.opened.getTime() + 25 * 60_000), resolutionDueAt: new Date(r.opened.getTime() + 48 * 3_600_000),
        firstRespondedAt: r.answered ? new Date(r.opened.getTime() + r.answered * 1000) : null, firstResponseSeconds: r.answered,
        resolvedAt: r.resolved, csat: r.csat,
      },
    });
  }
});
afterAll(() => db?.dispose());

describe("computeMetrics", () => {
  it("computes the period's figures from stored times", async () => {
    const now = day(10);
    const m = await computeMetrics(db.prisma, lead, day(1, 0), day(8, 0), now);
    expect(m.opened).toBe(4);
    expect(m.firstResponse.median).toBe(1200);
    expect(m.firstResponse.p90).toBeCloseTo(1680);
    expect(m.resolution.median).toBeCloseTo((4 * 3600 + 24 * 3600) / 2);
    // Answered within 25 min: cases 1 and 2; due: all four (case 4 is past due) → 2/4
    expect(m.slaCompliance).toBe(0.5);
    expect(m.reopenRate).toBe(0.25);
    expect(m.open).toBe(2);
    expect(m.late).toBe(2);
    // CSAT of the cases resolved in the period (5 and 2); a period with no answer has no data.
    expect(m.csat).toEqual({ average: 3.5, responses: 2 });
    expect((await computeMetrics(db.prisma, lead, day(20, 0), day(27, 0), now)).csat).toBeNull();
    expect(m.byStatus).toEqual({ OPEN: 1, NEW: 1 });
    expect(m.perAgent).toEqual([expect.objectContaining({ userId: cm.userId, open: 1, late: 1, handled: 3, resolved: 2 })]);
    expect(m.series.days).toHaveLength(7);
    expect(m.series.days.find((d) => d.day === "2026-11-02")).toMatchObject({ opened: 2, resolved: 1, firstResponseMedian: 900, slaCompliance: 1 });
  });

  it("is for leads and admins only", async () => {
    await expect(computeMetrics(db.prisma, cm, day(1), day(8))).rejects.toThrow(/not allow/);
  });

  it("parses its query and refuses bad input", () => {
    expect(metricsQuery.parse({ from: "2026-11-01", to: "2026-11-08" }).format).toBe("json");
    expect(metricsQuery.safeParse({ from: "2026-11-08", to: "2026-11-01" }).success).toBe(false);
    expect(metricsQuery.safeParse({ from: "yesterday", to: "2026-11-01" }).success).toBe(false);
    expect(metricsQuery.safeParse({ from: "2020-01-01", to: "2026-11-01" }).success).toBe(false);
    expect(metricsQuery.safeParse({ from: "2026-11-01", to: "2026-11-08", extra: "1" }).success).toBe(false);
  });
});

describe("CSV", () => {
  it("exports figures and cases, quoting and defusing formulas", async () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe("-3");
    const m = await computeMetrics(db.prisma, lead, day(1, 0), day(8, 0), day(10));
    expect(metricsCsv(m)).toContain("summary,slaCompliance,0.5");
    const csv = await casesCsv(db.prisma, lead, day(1, 0), day(8, 0), day(10));
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(5);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
