// Acceptance (issue #25): seed 001's last two lessons, replayed through the signed Facebook webhook.
//  - The employee who answers from her personal account ("Ça peut arriver n'importe où…") is suggested to the lead
//    before anything is linked (never applied silently); once her account is linked her comment is marked staff,
//    its case is out of the customer metrics and incidents, and the lead gets a coaching notification with the
//    guards' findings on what she wrote.
//  - The customer's "la personne au numéro indiqué ne peut pas gérer…" answers our reply that gave a number and an
//    address: the case is flagged hand-off failed, the route is marked, and a new draft giving the same number on
//    another customer's delivery problem shows the warning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { getCase } from "@/lib/cases/get-case";
import { checkDraftForCase } from "@/lib/guards/check-draft-for-case";
import { draftCheckInput } from "@/lib/guards/schemas";
import { HANDOFF_FAILED_TAG } from "@/lib/handoff/record-failed-handoff";
import { computeMetrics } from "@/lib/metrics/compute-metrics";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { linkStaffIdentity } from "@/lib/staff/link-staff-identity";
import { linkIdentityInput } from "@/lib/staff/schemas";
import { suggestStaffIdentities } from "@/lib/staff/suggest-staff-identities";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { SEED_001 } from "../fixtures/seed-001-thread";
import { facebookChannelOn } from "../helpers/channels";
import { eventually } from "../helpers/eventually";
import { makeMember } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { startWebhookServer } from "../helpers/webhook-server";

let db: TestDatabase;
let fake: FakeGraph;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let lead: Member, cm: Member, employee: Member;
let channelId: string;
const POST_ID = "100000000000001_2025";
const CUSTOMER = { id: "6601", name: "Client mécontent" };
const EMPLOYEE = { id: "6602", name: "Gentille employée" };

const until = <T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string) => eventually(read, ok, 15_000, what);

async function post(id: string, from: { id: string; name: string }, message: string, at: string, parent?: string) {
  const payload = fake.feedCommentChange({ verb: "add", comment_id: id, post_id: POST_ID, ...(parent ? { parent_id: parent } : {}), from, message, created_time: new Date(at) });
  expect((await fake.sendWebhook(hooks.facebookUrl, payload)).status).toBe(200);
  await hooks.settled();
  return (await until(() => db.prisma.message.findFirst({ where: { channelId, externalId: id } }), (x) => x !== null, `message ${id}`))!;
}
async function deliver(i: number) {
  const m = SEED_001[i]!;
  const from = m.by === "customer" ? CUSTOMER : m.by === "employee" ? EMPLOYEE : { id: fake.pageId, name: "XXXX" };
  return post(`2025_${i + 1}`, from, m.text, m.at, i > 0 ? "2025_1" : undefined);
}

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGraph({ appSecret: "seed-001-lessons" });
  hooks = await startWebhookServer(db);
  const setup = await facebookChannelOn(db.prisma, fake);
  channelId = setup.channel.id;
  lead = setup.lead;
  cm = setup.cm;
  employee = await makeMember(db.prisma, setup.ws.id, "CUSTOMER_SERVICE");
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

describe("seed 001's last two lessons", () => {
  it("the employee on her personal account: suggested, then marked staff once linked, out of the figures, coaching for the lead", async () => {
    await deliver(0);
    const staffMsg = await deliver(1);
    // Before any link: a suggestion for the lead, nothing applied.
    const suggestions = await suggestStaffIdentities(db.prisma, lead);
    expect(suggestions).toEqual([expect.objectContaining({ platform: "FACEBOOK", account: EMPLOYEE.id, reason: "words" })]);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: staffMsg.id } })).staff).toBe(false);
    await expect(suggestStaffIdentities(db.prisma, cm)).rejects.toThrow();

    // The lead confirms it for the team: the comment is marked, its case closed as staff.
    const m = await db.prisma.membership.findFirstOrThrow({ where: { userId: employee.userId } });
    const link = await linkStaffIdentity(db.prisma, lead, m.id, linkIdentityInput.parse({ platform: "FACEBOOK", account: EMPLOYEE.id }));
    expect(link.messagesMarked).toBe(1);
    const marked = await db.prisma.message.findUniqueOrThrow({ where: { id: staffMsg.id }, include: { case: true } });
    expect(marked.staff).toBe(true);
    expect(marked.sentiment).toBeNull();
    expect(marked.case).toMatchObject({ status: "CLOSED", noReplyReason: "STAFF", incidentId: null, firstResponseDueAt: null, slaDueAt: null });
    const detail = await getCase(db.prisma, lead, marked.caseId);
    expect(detail.messages.map((x) => x.staff)).toEqual([true]);
    expect(await suggestStaffIdentities(db.prisma, lead)).toEqual([]);

    // Customer metrics count the customer's case only.
    const metrics = await computeMetrics(db.prisma, lead, new Date("2026-01-01"), new Date("2026-02-01"));
    expect(metrics.opened).toBe(1);

    // The lead hears about it as coaching, with the guards' reading of what she wrote (a comparison: R4).
    const coaching = await db.prisma.notification.findFirstOrThrow({ where: { userId: lead.userId, kind: "STAFF_COACHING" } });
    expect(coaching.data).toMatchObject({ name: employee.name, findings: expect.stringMatching(/tone:/) });
    expect((await listNotifications(db.prisma, lead, { locale: "fr" })).data.some((n) => n.kind === "STAFF_COACHING")).toBe(true);
  });

  it("a later comment from her account is marked as it arrives", async () => {
    const later = await post("2025_90", EMPLOYEE, "Je vous assure que le SAV fait de son mieux", "2026-01-13T21:00:00+01:00", "2025_1");
    const m = await until(() => db.prisma.message.findUniqueOrThrow({ where: { id: later.id }, include: { case: true } }), (x) => x.staff, "the staff mark");
    expect(m.case.noReplyReason).toBe("STAFF");
  });

  it("the number that could not help: the case is flagged, the route marked, the next draft warned", async () => {
    for (const i of [2, 3]) await deliver(i);
    const report = await deliver(4);
    const c = await until(() => db.prisma.case.findUniqueOrThrow({ where: { id: report.caseId } }), (x) => x.tags.includes(HANDOFF_FAILED_TAG), "the hand-off flag");
    expect(["NEW", "OPEN"]).toContain(c.status);
    const routes = (await db.prisma.handoffFailure.findMany({ where: { caseId: c.id } })).map((r) => r.route).sort();
    expect(routes).toEqual(["email:service.consommateur@xxxx.xx", "phone:1XXXXXXXX"]);

    // Another customer, a delivery problem: the draft that gives the same number is warned.
    const other = await post("2025_70", { id: "6603", name: "Autre cliente" }, "Ma commande devait être livrée lundi, toujours rien reçu", "2026-01-15T09:00:00+01:00");
    const draft = "Bonjour, nous vous invitons à appeler le 01 XX XX XX XX pour suivre votre livraison.";
    const { warnings } = await checkDraftForCase(db.prisma, cm, draftCheckInput.parse({ caseId: other.caseId, text: draft, visibility: "private", locale: "fr" }), "fr");
    const w = warnings.find((x) => x.kind === "failed-route");
    expect(w?.message).toMatch(/^Ce numéro a échoué une fois cette semaine/);
    expect(draft.slice(w!.start, w!.end)).toBe("01 XX XX XX XX");
  });
});
