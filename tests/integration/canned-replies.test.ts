// Canned replies: managed by team leads and admins within their workspace, archived (never deleted), each
// change recorded in the audit trail in the same transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { ForbiddenError } from "@/lib/auth/permissions";
import { archiveCannedReply } from "@/lib/canned-replies/archive-canned-reply";
import { createCannedReply } from "@/lib/canned-replies/create-canned-reply";
import { listCannedReplies } from "@/lib/canned-replies/list-canned-replies";
import { cannedReplyInput, cannedReplyPatch } from "@/lib/canned-replies/schemas";
import { updateCannedReply } from "@/lib/canned-replies/update-canned-reply";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let lead: Member;
let admin: Member;
let otherLead: Member;
const input = (over: Record<string, unknown> = {}) =>
  cannedReplyInput.parse({ title: "Excuses", body: "Bonjour {{first_name}}, toutes nos excuses. — {{agent_name}}", language: "fr", ...over });
const auditOf = (entityId: string) =>
  db.prisma.auditEvent.findMany({ where: { entityType: "canned_reply", entityId }, orderBy: { id: "asc" } });

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  admin = await makeMember(db.prisma, ws.id, "ADMIN");
  const other = await makeWorkspace(db.prisma);
  otherLead = await makeMember(db.prisma, other.ws.id, "TEAM_LEAD");
});
afterAll(() => db?.dispose());

describe("canned replies", () => {
  it("validates the input: title 1–100, body 1–1900, fr or en", () => {
    expect(cannedReplyInput.safeParse({ title: " ", body: "x", language: "fr" }).success).toBe(false);
    expect(cannedReplyInput.safeParse({ title: "t".repeat(101), body: "x", language: "fr" }).success).toBe(false);
    expect(cannedReplyInput.safeParse({ title: "t", body: "b".repeat(1901), language: "en" }).success).toBe(false);
    expect(cannedReplyInput.safeParse({ title: "t", body: "b", language: "de" }).success).toBe(false);
    expect(cannedReplyPatch.safeParse({}).success).toBe(false);
    expect(input({ title: "  Trimmed  " }).title).toBe("Trimmed");
  });

  it("refuses community managers and customer service: only leads and admins manage", async () => {
    await expect(createCannedReply(db.prisma, cm, input())).rejects.toBeInstanceOf(ForbiddenError);
    const r = await createCannedReply(db.prisma, lead, input({ title: "For the CM test" }));
    await expect(updateCannedReply(db.prisma, cm, r.id, { title: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(archiveCannedReply(db.prisma, cm, r.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listCannedReplies(db.prisma, cm, { includeArchived: true })).rejects.toBeInstanceOf(ForbiddenError);
    await archiveCannedReply(db.prisma, lead, r.id);
  });

  it("lets a lead create, update and archive, with an audit event for each", async () => {
    const created = await createCannedReply(db.prisma, lead, input({ title: "Suivi" }));
    expect(created).toMatchObject({ title: "Suivi", language: "fr", archivedAt: null });
    expect((await db.prisma.cannedReply.findUniqueOrThrow({ where: { id: created.id } })).createdById).toBe(lead.userId);

    const updated = await updateCannedReply(db.prisma, lead, created.id, cannedReplyPatch.parse({ title: "Suivi livraison", language: "fr" }));
    expect(updated.title).toBe("Suivi livraison");
    // Saving without a real change writes no event.
    await updateCannedReply(db.prisma, admin, created.id, { title: "Suivi livraison" });

    const archived = await archiveCannedReply(db.prisma, admin, created.id);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await archiveCannedReply(db.prisma, admin, created.id); // a second archive is a no-op

    const events = await auditOf(created.id);
    expect(events.map((e) => e.action)).toEqual(["CANNED_REPLY_CREATED", "CANNED_REPLY_UPDATED", "CANNED_REPLY_ARCHIVED"]);
    expect(events.map((e) => e.actorUserId)).toEqual([lead.userId, lead.userId, admin.userId]);
    expect(events.every((e) => e.workspaceId === lead.workspaceId)).toBe(true);
    // The previous wording stays in the record.
    expect(events[1]!.data).toEqual({ from: { title: "Suivi" }, to: { title: "Suivi livraison" } });
    await expect(updateCannedReply(db.prisma, lead, created.id, { body: "too late" })).rejects.toMatchObject({ status: 409 });
  });

  it("hides archived replies from the composer list, shows them to managers on request", async () => {
    const kept = await createCannedReply(db.prisma, lead, input({ title: "Kept" }));
    const retired = await createCannedReply(db.prisma, lead, input({ title: "Retired", language: "en", body: "Hi" }));
    await archiveCannedReply(db.prisma, lead, retired.id);
    const forCm = await listCannedReplies(db.prisma, cm);
    expect(forCm.map((r) => r.id)).toContain(kept.id);
    expect(forCm.map((r) => r.id)).not.toContain(retired.id);
    expect(forCm.every((r) => r.archivedAt === null)).toBe(true);
    const forLead = await listCannedReplies(db.prisma, lead, { includeArchived: true });
    expect(forLead.map((r) => r.id)).toEqual(expect.arrayContaining([kept.id, retired.id]));
  });

  it("keeps workspaces apart", async () => {
    const mine = await createCannedReply(db.prisma, lead, input({ title: "Ours" }));
    const theirs = await createCannedReply(db.prisma, otherLead, input({ title: "Theirs" }));
    expect((await listCannedReplies(db.prisma, cm)).map((r) => r.id)).not.toContain(theirs.id);
    expect((await listCannedReplies(db.prisma, otherLead, { includeArchived: true })).map((r) => r.id)).toEqual([theirs.id]);
    await expect(updateCannedReply(db.prisma, otherLead, mine.id, { title: "Hijack" })).rejects.toMatchObject({ kind: "not_found", code: "not_found" });
    await expect(archiveCannedReply(db.prisma, otherLead, mine.id)).rejects.toMatchObject({ kind: "not_found", code: "not_found" });
    expect((await db.prisma.cannedReply.findUniqueOrThrow({ where: { id: mine.id } })).title).toBe("Ours");
  });

  it("cannot be deleted, even straight through Prisma", async () => {
    const r = await createCannedReply(db.prisma, lead, input({ title: "Forever" }));
    await expect(db.prisma.cannedReply.delete({ where: { id: r.id } })).rejects.toThrow(/never deleted/);
    await expect(db.prisma.cannedReply.deleteMany({})).rejects.toThrow(/never deleted/);
    expect(await db.prisma.cannedReply.findUnique({ where: { id: r.id } })).not.toBeNull();
  });
});
