// R1: the database itself refuses to delete the record or rewrite what a customer wrote, whoever asks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let caseId: string;
let messageId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const { channel } = await makeWorkspace(db.prisma);
  const summary = await ingestEvents(db.prisma, channel.id, [
    comment({ externalId: "c1", body: "Ma commande n'est jamais arrivée" }),
    { type: "message_event", externalId: "c1", kind: "EDITED", newText: "edited", platformTime: new Date("2026-11-20T11:00:00Z") },
  ]);
  caseId = summary.caseIds[0]!;
  messageId = (await db.prisma.message.findFirstOrThrow({ where: { caseId } })).id;
});
afterAll(() => db?.dispose());

const RECORD_TABLES = ["cases", "messages", "message_events", "audit_events"] as const;

describe("append-only record", () => {
  it.each(RECORD_TABLES)("refuses DELETE on %s in SQL", async (table) => {
    const before = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    expect(before[0]!.n).toBeGreaterThan(0);
    await expect(db.sql.exec(`DELETE FROM ${table}`)).rejects.toThrow(/never deleted/);
    const after = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  // PGlite: the trigger refuses; PostgreSQL: the app role has no TRUNCATE privilege at all.
  it.each(RECORD_TABLES)("refuses TRUNCATE on %s", async (table) => {
    await expect(db.sql.exec(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/never deleted|permission denied/);
  });

  it("refuses deletes through Prisma too", async () => {
    await expect(db.prisma.case.delete({ where: { id: caseId } })).rejects.toThrow(/never deleted/);
    await expect(db.prisma.message.deleteMany({})).rejects.toThrow(/never deleted/);
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow(/never deleted/);
    expect(await db.prisma.case.count({ where: { id: caseId } })).toBe(1);
  });

  it("refuses rewriting an inbound message body, but allows delivery bookkeeping", async () => {
    await expect(
      db.prisma.message.update({ where: { id: messageId }, data: { body: "something nicer" } }),
    ).rejects.toThrow(/never rewritten/);
    const m = await db.prisma.message.findUniqueOrThrow({ where: { id: messageId } });
    expect(m.body).toBe("Ma commande n'est jamais arrivée");
    await expect(db.prisma.message.update({ where: { id: messageId }, data: { language: "fr" } })).resolves.toBeTruthy();
  });

  it("refuses changing audit events and message events", async () => {
    await expect(db.sql.exec(`UPDATE audit_events SET action = 'CASE_CREATED'`)).rejects.toThrow(/never changed/);
    await expect(db.sql.exec(`UPDATE message_events SET "newText" = 'x'`)).rejects.toThrow(/never changed/);
  });

  it("still lets the case itself move on (status is state, not record)", async () => {
    const updated = await db.prisma.case.update({ where: { id: caseId }, data: { status: "OPEN" } });
    expect(updated.status).toBe("OPEN");
  });
});
