// The inbox's empty state tells the true reason: no channel connected (leads/admins may connect one, others ask),
// no case yet, or filters hiding the cases that exist; customer service hears about its escalated queue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboxEmptyState } from "@/lib/cases/inbox-empty-state";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, uniq } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
});

const newWorkspace = () => db.prisma.workspace.create({ data: { slug: uniq("ws"), name: "Atelier Sud" } });
const connect = (workspaceId: string, status: "ACTIVE" | "PAUSED" | "DISCONNECTED" = "ACTIVE") =>
  db.prisma.channel.create({ data: { workspaceId, kind: "DEMO", platform: "FACEBOOK", externalId: uniq("page"), name: "Page", status } });

describe("inbox empty state", () => {
  it("a brand-new workspace has no channel: leads and admins may connect one, the others may not", async () => {
    const ws = await newWorkspace();
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "ADMIN"))).toEqual({ kind: "noChannel", canConnect: true });
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "TEAM_LEAD"))).toEqual({ kind: "noChannel", canConnect: true });
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER"))).toEqual({ kind: "noChannel", canConnect: false });
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE"))).toEqual({ kind: "noChannel", canConnect: false });
  });

  it("a disconnected channel does not count as connected", async () => {
    const ws = await newWorkspace();
    await connect(ws.id, "DISCONNECTED");
    expect((await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "TEAM_LEAD"))).kind).toBe("noChannel");
  });

  it("a connected channel without any case yet: no cases yet, not a filter problem", async () => {
    const ws = await newWorkspace();
    await connect(ws.id, "PAUSED");
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER"))).toEqual({ kind: "noCases" });
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE"))).toEqual({ kind: "noEscalated" });
  });

  it("when cases exist, an empty list is the filters' doing (the escalated queue for customer service)", async () => {
    const ws = await newWorkspace();
    const channel = await connect(ws.id);
    await ingestEvents(db.prisma, channel.id, [comment({ externalId: "e1", body: "Colis abîmé" })]);
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER"))).toEqual({ kind: "noMatch" });
    expect(await inboxEmptyState(db.prisma, await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE"))).toEqual({ kind: "noEscalated" });
  });
});
