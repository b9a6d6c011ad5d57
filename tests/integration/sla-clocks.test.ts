// SLA clocks on stored cases (R2): ingestion under a workspace policy gives business-time due dates, a customer
// message after our answer starts the next-response clock, the Late view lists the most overdue first, and every
// view has its count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countCases, countViews } from "@/lib/cases/count-cases";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { refreshSlaClocks } from "@/lib/sla/refresh-sla-clocks";
import { DEFAULT_SLA_POLICY } from "@/lib/sla/schemas";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let channelId: string;
let wsId: string;
const author = (n: number) => ({ platformUserId: `sla-u${n}`, name: `Client ${n}` });

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  wsId = ws.id;
  channelId = channel.id;
  await db.prisma.slaPolicy.create({ data: { workspaceId: ws.id, ...DEFAULT_SLA_POLICY } });
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(() => db?.dispose());

describe("SLA clocks on ingested cases", () => {
  it("a Friday-evening complaint is due on Monday morning, in business time", async () => {
    // Friday 16 January 2026, 17:30 Paris; NORMAL first response = 120 business minutes → Monday 10:30 Paris
    const s = await ingestEvents(db.prisma, channelId, [comment({ externalId: "fri", body: "Colis jamais arrivé", author: author(1), platformCreatedAt: new Date("2026-01-16T16:30:00Z") })]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! } });
    expect(c.firstResponseDueAt?.toISOString()).toBe("2026-01-19T09:30:00.000Z");
    expect(c.slaDueAt?.toISOString()).toBe("2026-01-19T09:30:00.000Z");
  });

  it("a customer message after our answer starts the next-response clock", async () => {
    const t0 = new Date("2026-01-13T09:00:00Z"); // Tuesday 10:00 Paris
    const [caseId] = (await ingestEvents(db.prisma, channelId, [comment({ externalId: "tue", body: "Où est ma commande ?", author: author(2), thread: { externalId: "post-2", kind: "POST" }, platformCreatedAt: t0 })])).caseIds;
    await ingestEvents(db.prisma, channelId, [comment({ externalId: "tue-reply", body: "Bonjour, on regarde.", direction: "OUTBOUND", parentExternalId: "tue", author: { platformUserId: "page", name: "Page" }, thread: { externalId: "post-2", kind: "POST" }, platformCreatedAt: new Date("2026-01-13T09:20:00Z") })]);
    let c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId! } });
    expect(c.firstRespondedAt).not.toBeNull();
    expect(c.nextResponseDueAt).toBeNull();
    await ingestEvents(db.prisma, channelId, [comment({ externalId: "tue-2", body: "Toujours rien…", author: author(2), thread: { externalId: "post-2", kind: "POST" }, platformCreatedAt: new Date("2026-01-13T11:00:00Z") })]);
    c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId! } });
    // NORMAL next response: 240 business minutes from 12:00 Paris → 16:00 Paris
    expect(c.nextResponseDueAt?.toISOString()).toBe("2026-01-13T15:00:00.000Z");
    expect(c.slaDueAt?.toISOString()).toBe("2026-01-13T15:00:00.000Z");
  });

  it("a priority change re-targets the clocks when they are refreshed", async () => {
    const s = await ingestEvents(db.prisma, channelId, [comment({ externalId: "urg", body: "URGENT", author: author(3), thread: { externalId: "post-3", kind: "POST" }, platformCreatedAt: new Date("2026-01-13T09:00:00Z") })]);
    await db.prisma.case.update({ where: { id: s.caseIds[0]! }, data: { priority: "URGENT" } });
    await refreshSlaClocks(db.prisma, wsId, s.caseIds);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! } });
    expect(c.firstResponseDueAt?.toISOString()).toBe("2026-01-13T09:30:00.000Z");
  });

  it("the Late view lists the most overdue first, pages on that order, and views carry counts", async () => {
    const now = new Date("2026-01-20T12:00:00Z");
    const late = await listCases(db.prisma, cm, listCasesQuery.parse({ view: "late", limit: "2" }), now);
    const due = late.data.map((c) => Date.parse(c.sla.dueAt!));
    expect(due).toEqual([...due].sort((a, b) => a - b));
    expect(late.data[0]!.sla.kind).toBe("first_response");
    expect(late.nextCursor).not.toBeNull();
    const page2 = await listCases(db.prisma, cm, listCasesQuery.parse({ view: "late", limit: "2", cursor: late.nextCursor! }), now);
    expect(page2.data).toHaveLength(1);
    expect(Date.parse(page2.data[0]!.sla.dueAt!)).toBeGreaterThanOrEqual(due[1]!);
    const counts = await countViews(db.prisma, cm, now);
    expect(counts).toEqual({ all: 3, late: 3, mine: 0, unassigned: 3, snoozed: 0, escalated: 0 });
    expect(await countCases(db.prisma, cm, listCasesQuery.parse({ view: "late" }), now)).toBe(3);
    expect(await countCases(db.prisma, cm, listCasesQuery.parse({ view: "late" }), new Date("2026-01-13T09:10:00Z"))).toBe(0);
  });
});

describe("saving a policy", () => {
  it("a lead saves it and every active case is recomputed; a community manager may not", async () => {
    const { saveSlaPolicy } = await import("@/lib/sla/save-sla-policy");
    const { makeMember: mk } = await import("../helpers/factories");
    const lead = await mk(db.prisma, wsId, "TEAM_LEAD");
    await expect(saveSlaPolicy(db.prisma, cm, DEFAULT_SLA_POLICY)).rejects.toThrow(/not allow/);
    // Around the clock, 10 minutes for everything: the Friday-evening case is now due on Friday.
    const allDay: [string, string][] = [["00:00", "24:00"]];
    const t = { firstResponse: 10, nextResponse: 10, resolution: 10 };
    await saveSlaPolicy(db.prisma, lead, { ...DEFAULT_SLA_POLICY, businessHours: { "1": allDay, "2": allDay, "3": allDay, "4": allDay, "5": allDay, "6": allDay, "7": allDay }, targets: { URGENT: t, HIGH: t, NORMAL: t, LOW: t } });
    const fri = await db.prisma.message.findFirstOrThrow({ where: { externalId: "fri" }, select: { case: true } });
    expect(fri.case.firstResponseDueAt?.toISOString()).toBe("2026-01-16T16:40:00.000Z");
    expect(await db.prisma.auditEvent.count({ where: { workspaceId: wsId, action: "SLA_POLICY_UPDATED" } })).toBe(1);
  });
});
