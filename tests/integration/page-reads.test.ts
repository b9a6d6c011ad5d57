// Issue #21 item 3: the reads pages used to make on Prisma directly, now use cases. Each stays inside the member's
// workspace (and, for cases, the member's scope) and checks the permission the page asked for.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { listApprovalQueue } from "@/lib/guards/list-approval-queue";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { listPeople } from "@/lib/members/list-people";
import { listAlertCases } from "@/lib/radar/list-alert-cases";
import { signInHints } from "@/lib/setup/sign-in-hints";
import { listDeskTeams } from "@/lib/teams/list-desk-teams";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member, cs: Member, lead: Member, stranger: Member;
let caseId: string, otherCaseId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  const other = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  stranger = await makeMember(db.prisma, other.ws.id, "TEAM_LEAD");
  await db.prisma.membership.updateMany({ where: { userId: cs.userId }, data: { deactivatedAt: new Date() } });
  await db.prisma.team.createMany({ data: [
    { workspaceId: ws.id, name: "SAV web", kind: "CUSTOMER_SERVICE" },
    { workspaceId: ws.id, name: "Community", kind: "COMMUNITY_MANAGER" },
    { workspaceId: other.ws.id, name: "SAV ailleurs", kind: "CUSTOMER_SERVICE" },
  ] });
  caseId = (await ingestEvents(db.prisma, channel.id, [comment({ externalId: "pr1", body: "Colis jamais arrivé" })])).caseIds[0]!;
  otherCaseId = (await ingestEvents(db.prisma, other.channel.id, [comment({ externalId: "pr2", body: "Colis abîmé" })])).caseIds[0]!;
});
afterAll(() => db?.dispose());

describe("reads for pages", () => {
  it("listPeople: the workspace's members only, deactivated ones marked, by name or by joining order", async () => {
    const people = await listPeople(db.prisma, cm);
    expect(people.map((p) => p.id).sort()).toEqual([cm.userId, cs.userId, lead.userId].sort());
    expect(people.find((p) => p.id === cs.userId)).toMatchObject({ role: "CUSTOMER_SERVICE", active: false });
    expect((await listPeople(db.prisma, cm, { orderBy: "joined" })).map((p) => p.id)).toEqual([cm.userId, cs.userId, lead.userId]);
  });

  it("listDeskTeams: active customer-service teams of the workspace", async () => {
    expect((await listDeskTeams(db.prisma, cm)).map((t) => t.name)).toEqual(["SAV web"]);
  });

  it("listAlertCases: never names a case of another workspace", async () => {
    const cases = await listAlertCases(db.prisma, lead, [caseId, otherCaseId]);
    expect([...cases.keys()]).toEqual([caseId]);
    expect(cases.get(caseId)).toMatchObject({ author: "Claire Dupont", preview: expect.stringContaining("Colis") });
    expect([...(await listAlertCases(db.prisma, stranger, [caseId])).keys()]).toEqual([]);
  });

  it("listApprovalQueue: leads only, each draft with its case number and author", async () => {
    await submitDraftForApproval(db.prisma, cm, caseId, { text: "Nous regardons votre colis.", visibility: "private" });
    const [d] = await listApprovalQueue(db.prisma, lead);
    expect(d).toMatchObject({ caseId, caseNumber: expect.any(Number), authorName: "Test COMMUNITY_MANAGER" });
    await expect(listApprovalQueue(db.prisma, cm)).rejects.toMatchObject({ kind: "forbidden" });
    expect(await listApprovalQueue(db.prisma, stranger)).toEqual([]);
  });

  it("signInHints: no demo here, and the instance has users", async () => {
    expect(await signInHints(db.prisma)).toEqual({ demo: false, notSetUp: false });
  });
});
