// The team lead's acceptance on the demo data (issue 10): the dashboard has late cases and an incident formed by
// the "me too" thread under the delivery post; the 48K-follower journalist and the 121K-follower author carry the
// badge and a raised priority; the radar has seen the "me too" pile-up and the journalist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { getIncident, listIncidents } from "@/lib/incidents/list-incidents";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { listAlerts } from "@/lib/radar/list-alerts";
import { loadMember, type Member } from "@/lib/auth/member";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let lead: Member;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoWorkspace(db.prisma, { password: "demo-password" });
  const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "lead@demo.test" } });
  lead = (await loadMember(db.prisma, user.id, "session"))!;
}, 120_000);
afterAll(() => db?.dispose());

describe("team lead view on the demo data", () => {
  it("groups the me-too thread into one suggested incident", async () => {
    const incidents = await listIncidents(db.prisma, lead);
    const delivery = incidents.find((i) => i.size >= 6);
    expect(delivery, JSON.stringify(incidents.map((i) => [i.title, i.size]))).toBeDefined();
    expect(delivery!.status).toBe("SUGGESTED");
    const names = (await getIncident(db.prisma, lead, delivery!.id)).cases.map((c) => c.contact.displayName);
    expect(new Set(names).size).toBe(names.length); // different customers, one case each
    expect(names).toEqual(expect.arrayContaining(["Laura Mercier", "Emma Collins"])); // French and English together
    expect(names).not.toContain("Kévin Levrai"); // the troll's joke is not a complaint
    const threadRoots = await db.prisma.case.findMany({ where: { incidentId: delivery!.id }, select: { thread: { select: { externalId: true } } } });
    expect(threadRoots.filter((c) => c.thread?.externalId.includes("livraisons")).length).toBeGreaterThanOrEqual(6);
  });

  it("badges the journalist and the high-reach author and raises their priority", async () => {
    for (const handle of ["helene_castagne", "maxdeloche"]) {
      const id = await db.prisma.contactIdentity.findFirstOrThrow({ where: { handle }, include: { contact: true } });
      expect(id.contact.signals, handle).toEqual(expect.arrayContaining(handle === "maxdeloche" ? ["high_reach"] : ["high_reach", "journalist"]));
      const cases = await db.prisma.case.findMany({ where: { contactId: id.contactId } });
      expect(cases.every((c) => c.priority === "HIGH" || c.priority === "URGENT"), handle).toBe(true);
    }
    // Other customers' replies that name him rank among his own case (best match first): his is there, badged.
    const list = await listCases(db.prisma, lead, listCasesQuery.parse({ q: "maxdeloche" }));
    expect(list.data.find((c) => c.author.handle === "maxdeloche")?.signals).toContain("high_reach");
  });

  it("shows late cases on the dashboard and the radar's alerts", async () => {
    const now = new Date();
    const m = await computeMetrics(db.prisma, lead, new Date(now.getTime() - 30 * 86_400_000), now, now);
    expect(m.open).toBeGreaterThan(10);
    expect(m.late).toBeGreaterThan(0);
    const late = await listCases(db.prisma, lead, listCasesQuery.parse({ view: "late" }), now);
    expect(late.data.length).toBe(Math.min(50, m.late));
    const kinds = new Set((await listAlerts(db.prisma, lead)).map((a) => a.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(["ME_TOO", "PROFESSIONAL", "HIGH_REACH", "LEGAL_PRESS"]));
  });
});
