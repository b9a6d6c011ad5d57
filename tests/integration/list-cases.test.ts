// The inbox query: role scope, filters, French/English accent-insensitive search, cursor pagination.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { getCase, getCaseEvents, getCaseMessages } from "@/lib/cases/get-case";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let cs: Member;
let otherCm: Member;
let escalatedCaseId: string;
const q = (o: Record<string, unknown> = {}) => listCasesQuery.parse(o);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  const texts = [
    "Toujours pas livrée, ça fait 3 semaines",
    "Les Livraisons chez vous c'est une blague",
    "Problème de livraison pour ma commande",
    "My order was delivered broken",
    "Merci pour le bouquet, superbe !",
  ];
  for (let i = 0; i < 25; i++) {
    await ingestEvents(db.prisma, channel.id, [
      comment({
        externalId: `m${i}`,
        body: texts[i % texts.length]!,
        author: { platformUserId: `u${i}`, name: i === 7 ? "Élodie Moreau" : `Client ${i}` },
        platformCreatedAt: new Date(Date.UTC(2026, 10, 1, 8, i)),
      }),
    ]);
  }
  const cases = await db.prisma.case.findMany({ where: { workspaceId: ws.id }, orderBy: { number: "asc" } });
  await db.prisma.case.update({ where: { id: cases[0]!.id }, data: { assigneeId: cm.userId, status: "OPEN" } });
  escalatedCaseId = cases[1]!.id;
  await db.prisma.case.update({ where: { id: escalatedCaseId }, data: { status: "ESCALATED" } });
  await db.prisma.escalation.create({ data: { caseId: escalatedCaseId, reason: "refund", context: {}, createdById: cm.userId } });
  // Another workspace's cases must never show.
  const other = await makeWorkspace(db.prisma);
  otherCm = await makeMember(db.prisma, other.ws.id, "COMMUNITY_MANAGER");
  await ingestEvents(db.prisma, other.channel.id, [comment({ externalId: "x1", body: "livraison ailleurs" })]);
});
afterAll(() => db?.dispose());

describe("listCases", () => {
  it("pages through every case once, newest activity first", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listCases(db.prisma, cm, q({ limit: 10, ...(cursor ? { cursor } : {}) }));
      seen.push(...page.data.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    const all = await listCases(db.prisma, cm, q({ limit: 100 }));
    const times = all.data.map((c) => c.lastMessageAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it.each([
    // The word family (issue #24): "livraison" also finds "pas livrée", and the other way round.
    ["livraison", 15],
    ["Livraisons", 15],
    ["livré", 15],
    ["livree", 15],
    ["delivered", 5],
    ["elodie", 1],
    ["introuvable", 0],
  ])("search %s finds %i cases (stems, accents, author names)", async (term, n) => {
    const r = await listCases(db.prisma, cm, q({ q: term, limit: 100 }));
    expect(r.data).toHaveLength(n);
  });

  it("filters by status and assignee", async () => {
    expect((await listCases(db.prisma, cm, q({ status: "open" }))).data).toHaveLength(1);
    expect((await listCases(db.prisma, cm, q({ status: "OPEN,ESCALATED" }))).data).toHaveLength(2);
    expect((await listCases(db.prisma, cm, q({ assignee: "me" }))).data).toHaveLength(1);
    expect((await listCases(db.prisma, cm, q({ assignee: "unassigned", limit: 100 }))).data).toHaveLength(24);
  });

  it("shows customer service only the escalated queue", async () => {
    const r = await listCases(db.prisma, cs, q({ limit: 100 }));
    expect(r.data.map((c) => c.id)).toEqual([escalatedCaseId]);
    const notEscalated = (await listCases(db.prisma, cm, q({ status: "NEW" }))).data[0]!.id;
    await expect(getCase(db.prisma, cs, notEscalated)).rejects.toThrow(/not found/);
    await expect(getCase(db.prisma, cs, escalatedCaseId)).resolves.toMatchObject({ id: escalatedCaseId });
  });

  it("never leaks another workspace", async () => {
    const r = await listCases(db.prisma, otherCm, q({ limit: 100 }));
    expect(r.data).toHaveLength(1);
    await expect(getCase(db.prisma, otherCm, escalatedCaseId)).rejects.toThrow(/not found/);
  });

  it("returns the thread with events and the audit timeline in order", async () => {
    const c = await getCase(db.prisma, cm, escalatedCaseId);
    expect(c.messages).toHaveLength(1);
    expect(c.events.map((e) => e.action)).toEqual(["CASE_CREATED", "MESSAGE_RECEIVED"]);
    // The single-list endpoints return the same lists, within the same scope.
    expect(await getCaseMessages(db.prisma, cm, escalatedCaseId)).toEqual(c.messages);
    expect(await getCaseEvents(db.prisma, cm, escalatedCaseId)).toEqual(c.events);
    const notEscalated = (await listCases(db.prisma, cm, q({ status: "NEW" }))).data[0]!.id;
    await expect(getCaseMessages(db.prisma, cs, notEscalated)).rejects.toThrow(/not found/);
    await expect(getCaseEvents(db.prisma, otherCm, escalatedCaseId)).rejects.toThrow(/not found/);
  });
});

describe("listCasesQuery", () => {
  it.each([
    [{ status: "BOGUS" }, /status/],
    [{ limit: "0" }, /limit/],
    [{ limit: "101" }, /limit/],
    [{ assignee: "bob" }, /assignee/],
    [{ cursor: "not-a-cursor" }, /cursor/],
    [{ unknown: "1" }, /unknown|Unrecognized/i],
  ])("rejects %j", (input, msg) => {
    const r = listCasesQuery.safeParse(input);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(msg);
  });
});
