// Staff identities (issue #25) in other words than seed 001, English and French: a member links her own account
// by handle, a lead links one for the team; suggestions are only suggestions; what a linked account writes is
// marked staff as it arrives, in its own case closed as STAFF, with no sentiment, no SLA clock, no reopening of
// figures; who may see and link whose accounts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { linkStaffIdentity } from "@/lib/staff/link-staff-identity";
import { listStaffIdentities } from "@/lib/staff/list-staff-identities";
import { linkIdentityInput } from "@/lib/staff/schemas";
import { suggestStaffIdentities } from "@/lib/staff/suggest-staff-identities";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let channelId: string;
let lead: Member, cm: Member, sam: Member;
const membershipOf = async (m: Member) => (await db.prisma.membership.findFirstOrThrow({ where: { userId: m.userId } })).id;
const thread = { externalId: "post-staff", kind: "POST" as const, text: "New season" };

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  sam = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
});
afterAll(() => db?.dispose());

describe("staff identities", () => {
  it("suggests a commenter who says they work there (English) or bears a member's name, and applies nothing", async () => {
    await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "s1", body: "I work at the Bristol store and honestly it's the same everywhere, be patient", thread, author: { platformUserId: "900", name: "Sam W", handle: "sam_w" } }),
      comment({ externalId: "s2", body: "Ma commande n'est toujours pas arrivée", thread, author: { platformUserId: "901", name: "Nadia R" } }),
      comment({ externalId: "s3", body: "Bonne question, j'attends aussi", thread, author: { platformUserId: "902", name: lead.name } }),
    ]);
    const s = await suggestStaffIdentities(db.prisma, lead);
    expect(s.map((x) => [x.account, x.reason]).sort()).toEqual([["900", "words"], ["902", "name"]]);
    expect(s.find((x) => x.account === "902")!.membershipId).toBe(await membershipOf(lead));
    expect(await db.prisma.message.count({ where: { channelId, staff: true } })).toBe(0);
  });

  it("a member links her own account by handle; its earlier and later messages are staff, in a case closed as STAFF", async () => {
    const link = await linkStaffIdentity(db.prisma, sam, await membershipOf(sam), linkIdentityInput.parse({ platform: "FACEBOOK", account: "@Sam_W" }));
    expect(link).toMatchObject({ account: "@sam_w", messagesMarked: 1 });
    await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "s4", body: "Je vous conseille d'appeler le 06 12 34 56 78, c'est mon collègue", thread, author: { platformUserId: "900", name: "Sam W", handle: "sam_w" }, platformCreatedAt: new Date("2026-11-20T11:00:00Z") }),
    ]);
    const m = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "s4" }, include: { case: true } });
    expect(m).toMatchObject({ staff: true, sentiment: null });
    expect(m.case).toMatchObject({ status: "CLOSED", noReplyReason: "STAFF", slaDueAt: null });
    // The coaching names personal data given in public.
    const n = await db.prisma.notification.findFirstOrThrow({ where: { userId: lead.userId, kind: "STAFF_COACHING", data: { path: ["findings"], string_contains: "personal-data:phone" } } });
    expect(n.caseId).toBe(m.caseId);
    // A customer's case on the same post is untouched.
    const nadia = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "s2" }, include: { case: true } });
    expect(nadia.staff).toBe(false);
    expect(nadia.case.status).not.toBe("CLOSED");
  });

  it("French: a lead links a colleague's account; her promise in public is named in the coaching", async () => {
    await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "s5", body: "En tant qu'employée je vous promets qu'on vous rappelle demain matin !", thread, author: { platformUserId: "903", name: "Léa B" } }),
    ]);
    expect((await suggestStaffIdentities(db.prisma, lead)).map((x) => x.account)).toContain("903");
    const link = await linkStaffIdentity(db.prisma, lead, await membershipOf(cm), linkIdentityInput.parse({ platform: "FACEBOOK", account: "903" }));
    expect(link.messagesMarked).toBe(1);
    const m = await db.prisma.message.findFirstOrThrow({ where: { channelId, externalId: "s5" } });
    const n = await db.prisma.notification.findFirstOrThrow({ where: { userId: lead.userId, kind: "STAFF_COACHING", caseId: m.caseId } });
    expect((n.data as { findings: string }).findings).toContain("promise");
  });

  it("who may see and link: the member herself and leads; an account links to one member only", async () => {
    const mine = await membershipOf(sam);
    expect((await listStaffIdentities(db.prisma, sam, mine)).map((i) => i.account)).toEqual(["@sam_w"]);
    expect(await listStaffIdentities(db.prisma, lead, mine)).toHaveLength(1);
    await expect(listStaffIdentities(db.prisma, cm, mine)).rejects.toMatchObject({ code: "staff_identity_not_yours" });
    await expect(linkStaffIdentity(db.prisma, cm, mine, linkIdentityInput.parse({ platform: "X", account: "42" }))).rejects.toMatchObject({ code: "staff_identity_not_yours" });
    await expect(linkStaffIdentity(db.prisma, lead, await membershipOf(cm), linkIdentityInput.parse({ platform: "FACEBOOK", account: "sam_w" }))).rejects.toMatchObject({ code: "staff_identity_taken" });
    await expect(db.prisma.staffIdentity.deleteMany({})).rejects.toThrow(/never deleted/);
  });
});
