// Issue #19 §5: the moderation guard cannot be walked round in two clicks. Marking the author of an open
// complaint troll or spam takes a reason and a team lead's approval (a CM's mark is a request the lead decides
// on the evidence); the request, the decision and any hide or ban show on the timeline of every open case of
// that author; the author panel's open count includes New cases. Authors with no open complaint are still
// marked directly (R8). Runs on PGlite, and on PostgreSQL with TEST_PG_ADMIN_URL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { getCaseEvents } from "@/lib/cases/get-case";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { casePatch } from "@/lib/cases/schemas";
import { loadModerationFacts } from "@/lib/guards/load-moderation-facts";
import { banContact } from "@/lib/moderation/ban-contact";
import { hideMessage } from "@/lib/moderation/hide-message";
import { markContact } from "@/lib/moderation/mark-contact";
import { decideContactMark } from "@/lib/moderation/decide-contact-mark";
import { listMarkRequests } from "@/lib/moderation/list-mark-requests";
import { contactMarkInput, hideInput, markDecisionInput } from "@/lib/moderation/schemas";
import type { Member } from "@/lib/auth/member";
import { DomainError } from "@/lib/errors/domain-errors";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
let cs: Member;
let lead: Member;
let channelId: string;

/** A customer's comment under its own post: a New case. */
async function complaint(user: string, post: string, body = "Ma commande n'est toujours pas livrée, c'est inadmissible") {
  const s = await ingestEvents(db.prisma, channelId, [
    comment({ externalId: `${user}-${post}`, body, author: { platformUserId: user, name: `Client ${user}` }, thread: { externalId: post, kind: "POST" } }),
  ]);
  return db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! }, include: { messages: true } });
}
async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  throw new Error("expected a refusal");
}
const actions = async (caseId: string) => (await getCaseEvents(db.prisma, lead, caseId)).map((e) => e.action);
const signals = async (contactId: string) => (await db.prisma.contact.findUniqueOrThrow({ where: { id: contactId } })).signals;
const mark = (reason?: string) => contactMarkInput.parse({ mark: "troll", ...(reason ? { reason } : {}) });

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
});
afterAll(() => db?.dispose());

describe("the two-click walk-round", () => {
  it("a CM's troll mark on the author of an open delivery complaint is only a request: hide and ban stay refused", async () => {
    const c = await complaint("walk", "post-walk");
    expect(c.status).toBe("NEW");
    // As a new user would: hiding as troll is refused…
    expect(await codeOf(hideMessage(db.prisma, cm, c.messages[0]!.id, hideInput.parse({ reason: "troll" })))).toBe("hide_refused_open_complaint");
    // …so they click "Mark as troll": without a reason it is refused outright.
    expect(contactMarkInput.safeParse({ mark: "troll" }).success).toBe(false);
    const res = await markContact(db.prisma, cm, c.contactId, mark("Il insulte la marque sous chaque post"));
    expect(res.outcome).toBe("requested");
    expect(await signals(c.contactId)).not.toContain("troll");
    // The second click no longer works: hide as troll and the lead's ban are still refused.
    expect(await codeOf(hideMessage(db.prisma, cm, c.messages[0]!.id, hideInput.parse({ reason: "troll" })))).toBe("hide_refused_open_complaint");
    expect(await codeOf(banContact(db.prisma, lead, c.contactId, { reason: "troll récurrent" }))).toBe("ban_refused_open_case");
    // Asking twice is one request.
    expect(await codeOf(markContact(db.prisma, cm, c.contactId, mark("Encore des insultes")))).toBe("mark_already_requested");
  });

  it("a team lead refuses: the author stays a customer, and the refusal is on the case's timeline", async () => {
    const c = await complaint("refused", "post-refused");
    const { request } = await markContact(db.prisma, cm, c.contactId, mark("Ton agressif, sûrement un troll"));
    await expect(decideContactMark(db.prisma, cm, request!.id, markDecisionInput.parse({ decision: "approve" }))).rejects.toThrow(/moderation.decide_mark/);
    await decideContactMark(db.prisma, lead, request!.id, markDecisionInput.parse({ decision: "refuse", comment: "C'est une vraie réclamation de livraison." }));
    expect(await signals(c.contactId)).not.toContain("troll");
    expect(await actions(c.id)).toEqual(expect.arrayContaining(["CONTACT_MARK_REQUESTED", "CONTACT_MARK_REFUSED"]));
    expect(await codeOf(decideContactMark(db.prisma, lead, request!.id, markDecisionInput.parse({ decision: "approve" })))).toBe("mark_already_decided");
    expect(await codeOf(hideMessage(db.prisma, cm, c.messages[0]!.id, hideInput.parse({ reason: "troll" })))).toBe("hide_refused_open_complaint");
  });

  it("the request carries the troll signals the lead decides on", async () => {
    // A real customer cites their order: that relationship is evidence too.
    const customer = await complaint("order", "post-order", "Commande n° 4821937 toujours pas livrée, c'est nul");
    expect((await markContact(db.prisma, cm, customer.contactId, mark("Il dit que c'est nul"))).request?.evidence).toMatchObject({ orderMentions: 1 });
    const c = await complaint("hostile", "post-hostile-1", "Bande de clowns, vous êtes ridicules");
    await complaint("hostile", "post-hostile-2", "Vous êtes vraiment des abrutis");
    await markContact(db.prisma, cm, c.contactId, mark("Insultes répétées sur deux posts"));
    const [r] = await listMarkRequests(db.prisma, lead, { contactId: c.contactId });
    expect(r).toMatchObject({ status: "PENDING", mark: "troll", reason: "Insultes répétées sur deux posts", requestedBy: { id: cm.userId } });
    expect(r!.evidence).toMatchObject({ inboundCount: 2, hostileCount: 2, caseCount: 2, openCases: 2, closedCases: 0, orderMentions: 0, accountCreatedAt: null });
    expect(typeof r!.evidence.firstSeenAt).toBe("string");
    // Customer service may not see who is being called a troll.
    await expect(listMarkRequests(db.prisma, cs, { contactId: c.contactId })).rejects.toThrow(/moderation.hide/);
  });
});

describe("approved by a lead: on the timeline of every open case", () => {
  it("the request, the approval, the hide and the ban are on both open cases of the author", async () => {
    const a = await complaint("both", "post-both-1", "Votre service est nul, vous êtes des clowns");
    const b = await complaint("both", "post-both-2", "Toujours des clowns, lol");
    expect(a.id).not.toBe(b.id);
    const { request } = await markContact(db.prisma, cm, a.contactId, mark("Moqueries sous chaque post"));
    await decideContactMark(db.prisma, lead, request!.id, markDecisionInput.parse({ decision: "approve", comment: "Vu les messages, oui." }));
    expect(await signals(a.contactId)).toContain("troll");
    await hideMessage(db.prisma, cm, a.messages[0]!.id, hideInput.parse({ reason: "troll" }));
    await banContact(db.prisma, lead, a.contactId, { reason: "Troll après réponse humoristique" });
    for (const id of [a.id, b.id]) {
      expect(await actions(id)).toEqual(expect.arrayContaining(["CONTACT_MARK_REQUESTED", "CONTACT_MARK_APPROVED", "MESSAGE_HIDDEN_BY_US", "BAN_CREATED"]));
    }
  });

  it("a team lead's own mark on an open complaint applies at once, with its reason, on the timeline", async () => {
    const c = await complaint("leadmark", "post-leadmark");
    expect((await markContact(db.prisma, lead, c.contactId, mark("Spam de liens sur 12 posts"))).outcome).toBe("marked");
    expect(await signals(c.contactId)).toContain("troll");
    const ev = (await getCaseEvents(db.prisma, lead, c.id)).find((e) => e.action === "CONTACT_MARKED");
    expect(ev?.data).toMatchObject({ reason: "Spam de liens sur 12 posts" });
  });

  it("an author with no open complaint is marked directly by a CM, with a reason (R8)", async () => {
    const c = await complaint("closed", "post-closed");
    await updateCase(db.prisma, cm, c.id, casePatch.parse({ status: "OPEN" }), leaveToSweep);
    await updateCase(db.prisma, cm, c.id, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    expect((await markContact(db.prisma, cm, c.contactId, mark("Revient insulter après résolution"))).outcome).toBe("marked");
    expect(await signals(c.contactId)).toContain("troll");
  });
});

describe("the author panel's open count", () => {
  it("counts New cases, before and after the author is marked", async () => {
    const c = await complaint("count", "post-count");
    expect(c.status).toBe("NEW");
    expect((await loadModerationFacts(db.prisma, c.workspaceId, c.contactId)).openCases).toEqual([c.number]);
    await markContact(db.prisma, lead, c.contactId, mark("Messages identiques en boucle"));
    const facts = await loadModerationFacts(db.prisma, c.workspaceId, c.contactId);
    expect(facts.openCases).toEqual([c.number]);
    expect(facts.openComplaints).toEqual([]);
  });
});
