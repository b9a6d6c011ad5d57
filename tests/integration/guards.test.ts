// Tact and safety guards, server side: the draft check with the case's history, sending refused on a `high`
// finding unless overridden with a reason (audited) or approved by a team lead, and the moderation guards
// (no ban and no troll/spam hide while the author has an open complaint; customer service may not hide).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { queueReply } from "@/lib/outbound/queue-reply";
import { replyInput } from "@/lib/outbound/schemas";
import { checkDraftForCase } from "@/lib/guards/check-draft-for-case";
import { draftCheckInput, approvalDecisionInput } from "@/lib/guards/schemas";
import { submitDraftForApproval } from "@/lib/guards/submit-draft-for-approval";
import { updateGuardSettings } from "@/lib/guards/update-guard-settings";
import { guardSettingsInput } from "@/lib/guards/schemas";
import { decideDraftApproval } from "@/lib/guards/decide-draft-approval";
import { listOwnDraftApprovals } from "@/lib/guards/list-own-draft-approvals";
import { banContact } from "@/lib/moderation/ban-contact";
import { hideMessage } from "@/lib/moderation/hide-message";
import { markContact } from "@/lib/moderation/mark-contact";
import { banInput, hideInput } from "@/lib/moderation/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { casePatch } from "@/lib/cases/schemas";
import type { Member } from "@/lib/auth/member";
import { DomainError } from "@/lib/errors/domain-errors";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let cs: Member;
let lead: Member;
let channelId: string;
const enqueued: string[] = [];
const enqueue = async (id: string) => void enqueued.push(id);
const DEFOULOIR = "Le problème est réglé. Nous rappelons que notre page n'est pas un défouloir.";
const GOOD = "Toutes nos excuses, Claire. Je regarde votre commande et je reviens vers vous avant midi.";

async function caseFor(n: number, body = "Toujours pas reçu ma commande, c'est inadmissible") {
  const s = await ingestEvents(db.prisma, channelId, [comment({ externalId: `c${n}`, body, author: { platformUserId: `u${n}`, name: `Client ${n}` }, thread: { externalId: `post-${n}`, kind: "POST" } })]);
  return db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! }, include: { messages: true } });
}
async function codeOf(p: Promise<unknown>): Promise<{ code: string; details: unknown }> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, details: err.details };
    throw err;
  }
  throw new Error("expected a refusal");
}

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
});
afterAll(() => db?.dispose());

describe("POST /api/v1/drafts/check use case", () => {
  it("returns the contract's fields, in the asked language, with the span", async () => {
    const c = await caseFor(1);
    const { warnings } = await checkDraftForCase(db.prisma, cm, draftCheckInput.parse({ caseId: c.id, text: DEFOULOIR, visibility: "public", locale: "fr" }), "en");
    const tone = warnings.find((w) => w.kind === "tone" && w.category === "dismissal")!;
    expect(Object.keys(tone).sort()).toEqual(["category", "end", "kind", "message", "severity", "start"]);
    expect(DEFOULOIR.slice(tone.start, tone.end)).toBe("pas un défouloir");
    expect(tone.severity).toBe("high");
    expect(tone.message).toMatch(/agacé/);
    // First answer of the case: no apology in this draft.
    expect(warnings.map((w) => w.kind)).toContain("missing-apology");
  });
  it("refuses bad input and a case outside the scope", async () => {
    expect(draftCheckInput.safeParse({ text: "x" }).success).toBe(false);
    expect(draftCheckInput.safeParse({ text: "x", visibility: "internal" }).success).toBe(false);
    expect(draftCheckInput.safeParse({ text: "x", visibility: "public", extra: 1 }).success).toBe(false);
    const c = await caseFor(2);
    await expect(checkDraftForCase(db.prisma, cs, { caseId: c.id, text: "x", visibility: "public" }, "en")).rejects.toThrow(/not found/);
  });
});

describe("sending with a high finding", () => {
  it("is refused without an override, sent with one, and the reason is in the audit trail", async () => {
    const c = await caseFor(3);
    const refused = await codeOf(queueReply(db.prisma, cm, c.id, replyInput.parse({ text: DEFOULOIR, visibility: "public" }), enqueue));
    expect(refused.code).toBe("guard_blocked");
    expect(JSON.stringify(refused.details)).toContain("dismissal");
    expect(await db.prisma.message.count({ where: { caseId: c.id, direction: "OUTBOUND" } })).toBe(0);
    expect(replyInput.safeParse({ text: DEFOULOIR, visibility: "public", override: { reason: "no" } }).success).toBe(false);
    const m = await queueReply(db.prisma, cm, c.id, replyInput.parse({ text: DEFOULOIR, visibility: "public", override: { reason: "Validé avec la cliente au téléphone" } }), enqueue);
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: m.id, action: "GUARD_OVERRIDDEN" } });
    expect(ev.data).toMatchObject({ reason: "Validé avec la cliente au téléphone", findings: [expect.objectContaining({ kind: "tone", category: "dismissal" })] });
  });
  it("lets a good reply through, then refuses the same text pasted again in the case (R3)", async () => {
    const c = await caseFor(4);
    await queueReply(db.prisma, cm, c.id, replyInput.parse({ text: GOOD, visibility: "public" }), enqueue);
    expect((await codeOf(queueReply(db.prisma, cm, c.id, replyInput.parse({ text: GOOD, visibility: "public" }), enqueue))).code).toBe("guard_blocked");
    // Another customer's case (an incident answered with the same personalised reply): not a copy-paste.
    const other = await caseFor(5);
    await expect(queueReply(db.prisma, cm, other.id, replyInput.parse({ text: GOOD, visibility: "public" }), enqueue)).resolves.toBeTruthy();
  });
  it("personal data in public is refused, in private it is fine", async () => {
    const c = await caseFor(6);
    const text = "Désolés ! Je vous rappelle au 06 12 34 56 78 demain matin.";
    expect((await codeOf(queueReply(db.prisma, cm, c.id, replyInput.parse({ text, visibility: "public" }), enqueue))).code).toBe("guard_blocked");
    await expect(queueReply(db.prisma, cm, c.id, replyInput.parse({ text, visibility: "private" }), enqueue)).resolves.toBeTruthy();
  });
  it("can go to a team lead instead: approve sends it, return sends it back with a comment", async () => {
    const c = await caseFor(7);
    const a = await submitDraftForApproval(db.prisma, cm, c.id, { text: DEFOULOIR, visibility: "public" });
    expect(a.status).toBe("PENDING");
    await expect(decideDraftApproval(db.prisma, cm, a.id, approvalDecisionInput.parse({ decision: "approve" }), enqueue)).rejects.toThrow(/guards.manage/);
    const done = await decideDraftApproval(db.prisma, lead, a.id, approvalDecisionInput.parse({ decision: "approve" }), enqueue);
    expect(done.status).toBe("APPROVED");
    expect(done.messageId).toBeTruthy();
    expect((await codeOf(decideDraftApproval(db.prisma, lead, a.id, approvalDecisionInput.parse({ decision: "return", comment: "trop tard" }), enqueue))).code).toBe("already_decided");
    const b = await submitDraftForApproval(db.prisma, cm, c.id, { text: "lol vous êtes vraiment pénible 🙄", visibility: "public" });
    expect(approvalDecisionInput.safeParse({ decision: "return" }).success).toBe(false);
    const back = await decideDraftApproval(db.prisma, lead, b.id, approvalDecisionInput.parse({ decision: "return", comment: "Reformule sans ironie" }), enqueue);
    expect(back).toMatchObject({ status: "RETURNED", comment: "Reformule sans ironie", messageId: null });
    expect(await db.prisma.auditEvent.count({ where: { entityId: { in: [a.id, b.id] } } })).toBe(4);
    // The case page shows the author the returned draft with the lead's comment and name (not the approved one).
    const own = await listOwnDraftApprovals(db.prisma, cm, c.id);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ id: b.id, status: "RETURNED", comment: "Reformule sans ironie", reviewerName: "Test TEAM_LEAD", text: "lol vous êtes vraiment pénible 🙄" });
    // Nobody else's drafts: another community manager of the workspace sees none of them.
    const other = await makeMember(db.prisma, cm.workspaceId, "COMMUNITY_MANAGER");
    expect(await listOwnDraftApprovals(db.prisma, other, c.id)).toEqual([]);
    const pending = await submitDraftForApproval(db.prisma, other, c.id, { text: DEFOULOIR, visibility: "public" });
    expect((await listOwnDraftApprovals(db.prisma, other, c.id)).map((d) => [d.id, d.status])).toEqual([[pending.id, "PENDING"]]);
  });
});

describe("moderation guards", () => {
  it("refuses to ban the author of an open complaint (409 with the case numbers), team leads only", async () => {
    const c = await caseFor(8);
    expect(banInput.safeParse({}).success).toBe(false);
    await expect(banContact(db.prisma, cm, c.contactId, { reason: "troll récurrent" })).rejects.toThrow(/moderation.ban/);
    const refused = await codeOf(banContact(db.prisma, lead, c.contactId, { reason: "troll récurrent" }));
    expect(refused).toEqual({ code: "ban_refused_open_case", details: { cases: [c.number] } });
    // Once the case is resolved, the ban goes through and is recorded.
    await updateCase(db.prisma, cm, c.id, casePatch.parse({ status: "OPEN" }), leaveToSweep);
    await updateCase(db.prisma, cm, c.id, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    const bans = await banContact(db.prisma, lead, c.contactId, { reason: "insultes répétées après résolution" });
    expect(bans).toHaveLength(1);
    expect(await db.prisma.auditEvent.count({ where: { action: "BAN_CREATED", entityId: bans[0]!.id } })).toBe(1);
    expect((await codeOf(banContact(db.prisma, lead, c.contactId, { reason: "encore une fois" }))).code).toBe("already_banned");
  });
  it("refuses hiding an open complaint as troll or spam; personal data stays allowed; customer service may not hide", async () => {
    const c = await caseFor(9, "Mon colis n'est jamais arrivé, appelez-moi au 06 11 22 33 44");
    const msg = c.messages[0]!;
    expect((await codeOf(hideMessage(db.prisma, cm, msg.id, hideInput.parse({ reason: "troll" })))).code).toBe("hide_refused_open_complaint");
    expect((await codeOf(hideMessage(db.prisma, cm, msg.id, hideInput.parse({ reason: "spam" })))).details).toEqual({ cases: [c.number] });
    await expect(hideMessage(db.prisma, lead, msg.id, hideInput.parse({ reason: "personal_data" }))).resolves.toMatchObject({ kind: "HIDDEN" });
    await updateCase(db.prisma, cm, c.id, casePatch.parse({ status: "ESCALATED", escalationReason: "remboursement" }), leaveToSweep);
    await expect(hideMessage(db.prisma, cs, msg.id, hideInput.parse({ reason: "personal_data" }))).rejects.toThrow(/moderation.hide/);
  });
  it("a contact marked troll: hide and ban allowed, one humorous answer then no more (R8)", async () => {
    const c = await caseFor(10, "Votre marque c'est de la merde lol");
    await expect(queueReply(db.prisma, cm, c.id, replyInput.parse({ text: "On prend note de votre poésie, merci de votre passage !", visibility: "public", humorous: true }), enqueue)).rejects.toThrow(/marked as a troll/);
    // An open case: a team lead's mark applies at once (a community manager's would wait for one, issue #19).
    await markContact(db.prisma, lead, c.contactId, { mark: "troll", on: true, reason: "Insultes sans réclamation" });
    await expect(hideMessage(db.prisma, cm, c.messages[0]!.id, hideInput.parse({ reason: "troll" }))).resolves.toMatchObject({ kind: "HIDDEN" });
    await queueReply(db.prisma, cm, c.id, replyInput.parse({ text: "On prend note de votre poésie, merci de votre passage !", visibility: "public", humorous: true }), enqueue);
    expect((await codeOf(queueReply(db.prisma, cm, c.id, replyInput.parse({ text: "Toujours aussi inspiré à ce que je vois, bonne soirée !", visibility: "public", humorous: true }), enqueue))).code).toBe("humour_already_used");
    expect(await db.prisma.auditEvent.count({ where: { action: "HUMOROUS_REPLY_SENT", caseId: c.id } })).toBe(1);
    await expect(banContact(db.prisma, lead, c.contactId, { reason: "troll après réponse humoristique" })).resolves.toHaveLength(1);
  });
});

describe("workspace tuning", () => {
  it("a team lead sets phrases and the order pattern; drafts are checked with them; audited", async () => {
    const c = await caseFor(11);
    await expect(updateGuardSettings(db.prisma, cm, guardSettingsInput.parse({ flagPhrases: ["geste commercial impossible"] }))).rejects.toThrow(/guards.manage/);
    await updateGuardSettings(db.prisma, lead, guardSettingsInput.parse({ flagPhrases: ["geste commercial impossible"], allowPhrases: ["contactez notre SAV Premium"], orderNumberPattern: "MX-\\d{6}" }));
    const check = (text: string) => checkDraftForCase(db.prisma, cm, { caseId: c.id, text, visibility: "public", locale: "en" }, "en");
    const { warnings } = await check("Désolés, gestes commerciaux impossibles sur la commande MX-123456.");
    expect(warnings.map((w) => w.category)).toEqual(expect.arrayContaining(["custom", "order_number"]));
    expect((await check("Désolés ! Contactez notre SAV Premium, je les préviens.")).warnings.filter((w) => w.kind === "tone")).toEqual([]);
    expect(await db.prisma.auditEvent.count({ where: { action: "GUARD_SETTINGS_UPDATED" } })).toBe(1);
  });

  it("a lead lists the workspace's public contact details: a draft with one of them is not flagged, with another number it is (#19)", async () => {
    const c = await caseFor(12);
    const check = async (text: string) =>
      (await checkDraftForCase(db.prisma, cm, draftCheckInput.parse({ caseId: c.id, text, visibility: "public", locale: "fr" }), "fr")).warnings.filter((w) => w.kind === "personal-data");
    const ours = "Désolés pour l'attente ! Notre service client est joignable 24h/24 au 09 69 32 15 15, on vous rappelle dans l'heure.";
    const theirs = "Désolés pour l'attente ! Notre service client est joignable 24h/24 au 06 12 34 56 78, on vous rappelle dans l'heure.";
    expect((await check(ours)).length).toBe(1); // nothing listed yet: read as a phone number
    await updateGuardSettings(db.prisma, lead, guardSettingsInput.parse({
      publicContacts: ["+33 9 69 32 15 15", "Remboursements@MaBoutique.fr", "0800 023 4567", "MaBoutique SAV, 12 rue des Lilas, 69003 Lyon"],
    }));
    expect(await check(ours)).toEqual([]);
    expect((await check(theirs)).map((w) => [w.category, w.severity])).toEqual([["phone", "high"]]);
    expect(await check("Écrivez à remboursements@maboutique.fr, on s'en occupe aujourd'hui.")).toEqual([]);
    expect((await check("Écrivez à claire.martin@gmail.com, on s'en occupe aujourd'hui.")).map((w) => w.category)).toEqual(["email"]);
    expect(await check("Our helpline +44 800 023 4567 is free; we'll call you back today.")).toEqual([]);
    expect(await check("Renvoyez-le à MaBoutique SAV, 12 rue des Lilas, 69003 Lyon, on vous rembourse à réception.")).toEqual([]);
    expect((await check("On l'a renvoyé au 8 rue Victor Hugo, 69002 Lyon, on vous tient au courant.")).map((w) => w.category)).toContain("address");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "GUARD_SETTINGS_UPDATED" }, orderBy: { createdAt: "desc" } });
    expect((audit.data as { to: { publicContacts: string[] } }).to.publicContacts).toContain("0800 023 4567");
  });
});
