// Issue #26 item 7: leads were not told when something waited for their decision. A draft held by the guards and
// submitted for approval, and a troll/spam mark requested on the author of an open complaint, now notify every
// team lead of the workspace (never the author, never another workspace), in the reader's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { markContact } from "@/lib/moderation/mark-contact";
import { contactMarkInput } from "@/lib/moderation/schemas";
import { notificationText } from "@/lib/notifications/notification-text";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member, lead1: Member, lead2: Member, otherLead: Member;
let caseId: string, caseNumber: number, contactId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  lead1 = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  lead2 = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  otherLead = await makeMember(db.prisma, (await makeWorkspace(db.prisma)).ws.id, "TEAM_LEAD");
  const r = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "an1", body: "Toujours pas de remboursement pour ma commande annulée", author: { platformUserId: "an-u1", name: "Hugo Lefèvre" } })]);
  caseId = r.caseIds[0]!;
  const c = await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } });
  caseNumber = c.number;
  contactId = c.contactId;
});
afterAll(() => db?.dispose());

const notes = (userId: string, kind: string) => db.prisma.notification.findMany({ where: { userId, kind: kind as never } });

describe("leads are told when a decision waits for them", () => {
  it("a draft submitted for approval notifies every lead of the workspace, not its author", async () => {
    await submitDraftForApproval(db.prisma, cm, caseId, { text: "Ce n'est pas notre faute, voyez avec votre banque.", visibility: "public" });
    for (const lead of [lead1, lead2]) {
      const [n, ...more] = await notes(lead.userId, "DRAFT_APPROVAL_REQUESTED");
      expect(more).toHaveLength(0);
      expect(n!.caseId).toBe(caseId);
      expect(notificationText(n!, "en")).toBe(`${cm.name} asks you to approve a reply held by the guards on case #${caseNumber}.`);
      expect(notificationText(n!, "fr")).toContain(`dossier n°${caseNumber}`);
    }
    expect(await notes(cm.userId, "DRAFT_APPROVAL_REQUESTED")).toHaveLength(0);
    expect(await notes(otherLead.userId, "DRAFT_APPROVAL_REQUESTED")).toHaveLength(0);
  });

  it("a mark requested on the author of an open complaint notifies the leads, on that case", async () => {
    const res = await markContact(db.prisma, cm, contactId, contactMarkInput.parse({ mark: "troll", reason: "Insulte les autres clients sous chaque post" }));
    expect(res.outcome).toBe("requested");
    const [n] = await notes(lead1.userId, "MARK_REQUESTED");
    expect(n!.caseId).toBe(caseId);
    expect(notificationText(n!, "en")).toBe(`${cm.name} asks you to mark Hugo Lefèvre as a troll (open complaint on case #${caseNumber}).`);
    expect(notificationText(n!, "fr")).toContain("comme troll");
    expect(await notes(otherLead.userId, "MARK_REQUESTED")).toHaveLength(0);
  });
});
