// Regression (issue 7, item 5): every status change leaves an audit event, including those made by queueing a
// reply (NEW → OPEN) and by ingestion (the customer answers a case waiting on them; the page answers on the
// platform).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { queueReply } from "@/lib/outbound/queue-reply";
import { comment, makeMember, makeWorkspace } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
});

const statusAudits = (caseId: string) =>
  db.prisma.auditEvent.findMany({ where: { caseId, action: { in: ["CASE_STATUS_CHANGED", "CASE_REOPENED"] } }, orderBy: { id: "asc" } });

describe("status changes are audited", () => {
  it("queueing a reply on a new case", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    const cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    const s = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "a1", body: "Bonjour ?", author: { platformUserId: "u-a1" } })]);
    await queueReply(db.prisma, cm, s.caseIds[0]!, { text: "Bonjour, que pouvons-nous faire ?", visibility: "public" }, async () => undefined);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! } });
    expect(c.status).toBe("OPEN");
    const audits = await statusAudits(c.id);
    expect(audits.map((a) => a.data)).toEqual([expect.objectContaining({ from: "NEW", to: "OPEN" })]);
    expect(audits[0]!.actorUserId).toBe(cm.userId);
  });

  it("a customer answering a case that waits on them", async () => {
    const { channel } = await makeWorkspace(db.prisma);
    const author = { platformUserId: "u-b1", name: "Basile" };
    const s = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "b1", body: "Où est mon colis ?", author, platformCreatedAt: new Date(Date.now() - 60_000) })]);
    await db.prisma.case.update({ where: { id: s.caseIds[0]! }, data: { status: "WAITING_ON_CUSTOMER" } });
    await ingestEvents(db.prisma, channel.id, [comment({ externalId: "b2", body: "Numéro 4411", author, platformCreatedAt: new Date() })]);
    const audits = await statusAudits(s.caseIds[0]!);
    expect(audits.map((a) => [a.action, a.actorKind, a.data])).toEqual([
      ["CASE_STATUS_CHANGED", "PLATFORM", expect.objectContaining({ from: "WAITING_ON_CUSTOMER", to: "OPEN" })],
    ]);
  });

  it("the page answering a new case on the platform", async () => {
    const { channel } = await makeWorkspace(db.prisma);
    const s = await ingestEvents(db.prisma, channel.id, [
      comment({ externalId: "c1", body: "Vous livrez le dimanche ?", author: { platformUserId: "u-c1" }, platformCreatedAt: new Date(Date.now() - 60_000) }),
      comment({ externalId: "c1-r", body: "Non, du lundi au samedi.", parentExternalId: "c1", direction: "OUTBOUND", author: { platformUserId: channel.externalId }, platformCreatedAt: new Date() }),
    ]);
    const audits = await statusAudits(s.caseIds[0]!);
    expect(audits.map((a) => a.data)).toEqual([expect.objectContaining({ from: "NEW", to: "OPEN" })]);
  });
});
