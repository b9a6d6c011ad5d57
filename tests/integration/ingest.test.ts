// Ingestion: idempotent, threaded by author and post, reopening resolved cases, platform edits kept beside
// the original, our own messages recognised as outbound.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { comment, makeWorkspace, uniq } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(() => db?.dispose());

const at = (min: number) => new Date(Date.UTC(2026, 10, 20, 10, min));

describe("ingestEvents", () => {
  it("stores the same platform item once, however often it arrives", async () => {
    const { channel } = await makeWorkspace(prisma);
    const ev = comment({ externalId: "dup-1", body: "Toujours pas livrée" });
    for (let i = 0; i < 5; i++) await ingestEvents(prisma, channel.id, [ev]);
    const concurrent = await Promise.all([1, 2, 3].map(() => ingestEvents(prisma, channel.id, [ev])));
    expect(concurrent.every((s) => s.stored === 0)).toBe(true);
    expect(await prisma.message.count({ where: { channelId: channel.id } })).toBe(1);
    expect(await prisma.case.count({ where: { channelId: channel.id } })).toBe(1);
  });

  it("opens a numbered case with SLA clocks started at the platform time", async () => {
    const { ws, channel } = await makeWorkspace(prisma);
    const s = await ingestEvents(prisma, channel.id, [
      comment({ externalId: "a", body: "Colis abîmé", platformCreatedAt: at(0) }),
      comment({ externalId: "b", body: "Pas reçu", author: { platformUserId: "u2", name: "Paul" }, platformCreatedAt: at(5) }),
    ]);
    expect(s.stored).toBe(2);
    const cases = await prisma.case.findMany({ where: { workspaceId: ws.id }, orderBy: { number: "asc" } });
    expect(cases.map((c) => c.number)).toEqual([1, 2]);
    expect(cases[0]!.openedAt.toISOString()).toBe(at(0).toISOString());
    expect(cases[0]!.firstResponseDueAt!.getTime() - at(0).getTime()).toBe(ws.firstResponseSlaMinutes * 60_000);
    const audit = await prisma.auditEvent.findMany({ where: { caseId: cases[0]!.id }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["CASE_CREATED", "MESSAGE_RECEIVED"]);
  });

  it("threads: same author + post joins, reply keeps its parent, other author gets a case, DM joins the public case", async () => {
    const { channel } = await makeWorkspace(prisma);
    await ingestEvents(prisma, channel.id, [
      comment({ externalId: "p1", body: "Ma commande de 500 € n'est pas arrivée", platformCreatedAt: at(0) }),
      comment({ externalId: "p2", body: "Et personne ne me rappelle", platformCreatedAt: at(3) }),
      comment({ externalId: "p3", body: "Pareil pour moi", parentExternalId: "p1", author: { platformUserId: "u9", name: "Lina" }, platformCreatedAt: at(4) }),
      {
        ...comment({ externalId: "mid-1", body: "Voici mon numéro de commande 12345", platformCreatedAt: at(6) }),
        kind: "DM", visibility: "PRIVATE", thread: { externalId: "dm-user-1", kind: "DM_CONVERSATION" },
      },
    ]);
    const msgs = await prisma.message.findMany({ where: { channelId: channel.id }, include: { parent: true } });
    const byExt = new Map(msgs.map((m) => [m.externalId, m]));
    expect(byExt.get("p2")!.caseId).toBe(byExt.get("p1")!.caseId);
    expect(byExt.get("mid-1")!.caseId).toBe(byExt.get("p1")!.caseId);
    expect(byExt.get("p3")!.caseId).not.toBe(byExt.get("p1")!.caseId);
    expect(byExt.get("p3")!.parent?.externalId).toBe("p1");
  });

  it("reopens a resolved case on a new customer message, counted and audited", async () => {
    const { channel } = await makeWorkspace(prisma);
    const first = await ingestEvents(prisma, channel.id, [comment({ externalId: "r1", body: "Remboursement ?", platformCreatedAt: at(0) })]);
    const caseId = first.caseIds[0]!;
    await prisma.case.update({ where: { id: caseId }, data: { status: "RESOLVED", resolvedAt: at(10) } });
    await ingestEvents(prisma, channel.id, [comment({ externalId: "r2", body: "Toujours rien reçu", platformCreatedAt: at(30) })]);
    const c = await prisma.case.findUniqueOrThrow({ where: { id: caseId } });
    expect(c.status).toBe("OPEN");
    expect(c.reopenCount).toBe(1);
    expect(c.resolvedAt).toBeNull();
    expect(await prisma.auditEvent.count({ where: { caseId, action: "CASE_REOPENED" } })).toBe(1);
    expect(await prisma.case.count({ where: { channelId: channel.id } })).toBe(1);
  });

  it("reopens a closed case too: any new customer message reopens", async () => {
    const { channel } = await makeWorkspace(prisma);
    const first = await ingestEvents(prisma, channel.id, [comment({ externalId: "z1", body: "Question", platformCreatedAt: at(0) })]);
    await prisma.case.update({ where: { id: first.caseIds[0]! }, data: { status: "CLOSED", closedAt: at(5) } });
    const second = await ingestEvents(prisma, channel.id, [comment({ externalId: "z2", body: "Autre souci", platformCreatedAt: at(9) })]);
    expect(second.caseIds[0]).toBe(first.caseIds[0]);
    const c = await prisma.case.findUniqueOrThrow({ where: { id: first.caseIds[0]! } });
    expect([c.status, c.reopenCount, c.closedAt]).toEqual(["OPEN", 1, null]);
  });

  it("keeps the original text when the comment is edited or removed on the platform", async () => {
    const { channel } = await makeWorkspace(prisma);
    await ingestEvents(prisma, channel.id, [comment({ externalId: "e1", body: "Texte d'origine", platformCreatedAt: at(0) })]);
    const edit = { type: "message_event" as const, externalId: "e1", kind: "EDITED" as const, newText: "Texte modifié", platformTime: at(2) };
    const removal = { type: "message_event" as const, externalId: "e1", kind: "REMOVED" as const, platformTime: at(3) };
    const s = await ingestEvents(prisma, channel.id, [edit, removal, edit]);
    expect(s.stored).toBe(2);
    expect(s.duplicates).toBe(1);
    const m = await prisma.message.findFirstOrThrow({ where: { channelId: channel.id, externalId: "e1" }, include: { events: { orderBy: { platformTime: "asc" } } } });
    expect(m.body).toBe("Texte d'origine");
    expect(m.events.map((e) => [e.kind, e.newText])).toEqual([["EDITED", "Texte modifié"], ["REMOVED", null]]);
    const orphan = await ingestEvents(prisma, channel.id, [{ ...removal, externalId: "never-seen" }]);
    expect(orphan.parked).toBe(1);
  });

  it("recognises the page's own reply as outbound and as the first response", async () => {
    const { channel } = await makeWorkspace(prisma);
    await ingestEvents(prisma, channel.id, [
      comment({ externalId: "q1", body: "Vous livrez en Corse ?", platformCreatedAt: at(0) }),
      comment({ externalId: "q1-r", body: "Oui, sous 5 jours.", parentExternalId: "q1", direction: "OUTBOUND", author: { platformUserId: channel.externalId, name: "Page" }, platformCreatedAt: at(12) }),
    ]);
    const c = await prisma.case.findFirstOrThrow({ where: { channelId: channel.id }, include: { messages: true } });
    expect(c.messages.find((m) => m.externalId === "q1-r")!.direction).toBe("OUTBOUND");
    expect(c.firstResponseSeconds).toBe(12 * 60);
    expect(c.status).toBe("OPEN");
    expect(await prisma.contactIdentity.count({ where: { channelId: channel.id } })).toBe(1);
  });

  it("finds a case by the words of every message of a batch: the set-based run's and the page reply stored after it", async () => {
    const { channel, ws } = await makeWorkspace(prisma);
    // One transaction: the customer's comment goes through the set-based run (which writes the case search
    // itself and tells the messages trigger to leave it), the page's reply through the one-by-one path.
    await ingestEvents(prisma, channel.id, [
      comment({ externalId: "s1", body: "Parapluie turquoise jamais arrivé", platformCreatedAt: at(0) }),
      comment({ externalId: "s1-r", body: "Nous relançons le transporteur Colissimo.", parentExternalId: "s1", direction: "OUTBOUND", author: { platformUserId: channel.externalId, name: "Page" }, platformCreatedAt: at(5) }),
    ]);
    const found = (word: string) => prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM cases WHERE "workspaceId" = ${ws.id} AND search @@ inbox_tsquery(${word})`;
    expect((await found("turquoise"))[0]!.n).toBe(1);
    expect((await found("colissimo"))[0]!.n).toBe(1);
  });

  it("orders by platform time, not arrival: a late retry of an older comment does not reorder the case", async () => {
    const { channel } = await makeWorkspace(prisma);
    await ingestEvents(prisma, channel.id, [comment({ externalId: uniq("new"), body: "second", platformCreatedAt: at(20) })]);
    await ingestEvents(prisma, channel.id, [comment({ externalId: uniq("old"), body: "first", platformCreatedAt: at(1) })]);
    const c = await prisma.case.findFirstOrThrow({ where: { channelId: channel.id } });
    expect(c.lastMessageAt.toISOString()).toBe(at(20).toISOString());
  });
});
