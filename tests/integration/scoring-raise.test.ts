// The scoring handler raises priorities set-based (lib/scoring/score-after-ingest.ts): one UPDATE of the cases and
// one INSERT of the audit events per batch. What must hold, as it did a row at a time: a case two messages raise in
// one batch ends at the higher priority with both raises on its timeline, in order; a priority a person chose is
// not touched; an author's signals join their contact; a second run changes nothing.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { InboundMessage } from "@/lib/connectors/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { scoreMessages } from "@/lib/scoring/score-after-ingest";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { ingestOneByOne } from "../helpers/ingest-one-by-one";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(() => db?.dispose());

/** Stored one by one (the per-event path leaves the scores to the handler), then scored in one run. */
const ingest = (channel: { id: string; workspaceId: string }, events: InboundMessage[]) => ingestOneByOne(prisma, channel, events);

const at = (min: number) => new Date(Date.UTC(2026, 10, 20, 10, min));

it("raises each case once per statement, keeps every raise on the timeline, and leaves a person's choice alone", async () => {
  const { ws, channel } = await makeWorkspace(prisma);
  const lead = await makeMember(prisma, ws.id, "TEAM_LEAD");
  // Claire: calm, then angry, then a lawyer, in one thread. Marc: angry too, but a person has set his case's priority.
  await ingest(channel, [
    comment({ externalId: "c1", body: "Bonjour, une question sur ma commande", platformCreatedAt: at(0) }),
    comment({ externalId: "m1", body: "Bonjour", author: { platformUserId: "marc", name: "Marc" }, thread: { externalId: "post-2", kind: "POST" }, platformCreatedAt: at(1) }),
  ]);
  const marc = await prisma.case.findFirstOrThrow({ where: { workspaceId: ws.id, contact: { displayName: "Marc" } } });
  await prisma.case.update({ where: { id: marc.id }, data: { priority: "LOW" } });
  await prisma.auditEvent.create({
    data: { workspaceId: ws.id, action: "CASE_PRIORITY_CHANGED", actorKind: "USER", actorUserId: lead.userId, caseId: marc.id, entityType: "case", entityId: marc.id, data: { from: "NORMAL", to: "LOW" } },
  });
  await ingest(channel, [
    comment({ externalId: "c2", body: "C'est scandaleux, une honte absolue, des voleurs", platformCreatedAt: at(2) }),
    comment({ externalId: "c3", body: "Je contacte mon avocat et je porte plainte", platformCreatedAt: at(3) }),
    comment({ externalId: "m2", body: "C'est scandaleux, une honte absolue, je vais porter plainte", author: { platformUserId: "marc", name: "Marc" }, thread: { externalId: "post-2", kind: "POST" }, platformCreatedAt: at(4) }),
  ]);
  const inbound = await prisma.message.findMany({ where: { workspaceId: ws.id }, select: { id: true } });
  await scoreMessages(prisma, inbound.map((m) => m.id));

  const claire = await prisma.case.findFirstOrThrow({ where: { workspaceId: ws.id, contact: { displayName: "Claire Dupont" } }, include: { contact: true } });
  expect(claire.priority).toBe("URGENT");
  expect(claire.contact.signals).toContain("legal");
  const raises = async (caseId: string) => (await prisma.auditEvent.findMany({
    where: { caseId, action: "CASE_PRIORITY_CHANGED", actorKind: "SYSTEM" }, orderBy: { id: "asc" },
  })).map((a) => [(a.data as { from: string }).from, (a.data as { to: string }).to]);
  expect(await raises(claire.id)).toEqual([["NORMAL", "HIGH"], ["HIGH", "URGENT"]]);
  expect((await prisma.case.findUniqueOrThrow({ where: { id: marc.id } })).priority).toBe("LOW");
  expect(await raises(marc.id)).toEqual([]);

  // Scored again (a replayed batch): nothing more.
  await scoreMessages(prisma, inbound.map((m) => m.id));
  expect(await raises(claire.id)).toEqual([["NORMAL", "HIGH"], ["HIGH", "URGENT"]]);
  expect((await prisma.contact.findUniqueOrThrow({ where: { id: claire.contactId } })).signals.filter((s) => s === "legal")).toHaveLength(1);
});
