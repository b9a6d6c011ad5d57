// Acceptance (issue 8): seed 001's thread replayed through the signed Facebook webhook. The complaint opens one
// case; the brand's replies are recorded as ours; the escalation and its solution are in the timeline; resolving
// asks the customer; "à ce jour, le problème n'est pas résolu" six days later reopens the case (disputed) and
// restarts the response clock. Ingestion is asynchronous (ack after a durable append): we wait, bounded.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { escalateCase } from "@/lib/escalations/escalate-case";
import { escalateInput, escalationPatch } from "@/lib/escalations/schemas";
import { updateEscalation } from "@/lib/escalations/update-escalation";
import { listNotifications } from "@/lib/notifications/list-notifications";
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
let cm: Member, cs: Member;
let channelId: string;
const POST_ID = "100000000000001_2012";
const CUSTOMER = { id: "5501", name: "Client mécontent" };
const EMPLOYEE = { id: "5502", name: "Gentille employée" };

const until = <T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string) => eventually(read, ok, 15_000, what);

async function deliver(i: number) {
  const m = SEED_001[i]!;
  const from = m.by === "customer" ? CUSTOMER : m.by === "employee" ? EMPLOYEE : { id: fake.pageId, name: "XXXX" };
  const id = `2012_${i + 1}`;
  const payload = fake.feedCommentChange({
    verb: "add", comment_id: id, post_id: POST_ID, ...(i > 0 ? { parent_id: "2012_1" } : {}), from, message: m.text, created_time: new Date(m.at),
  });
  expect((await fake.sendWebhook(hooks.facebookUrl, payload)).status).toBe(200);
  await hooks.settled();
  return (await until(() => db.prisma.message.findFirst({ where: { channelId, externalId: id } }), (x) => x !== null, `message ${id}`))!;
}

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeGraph({ appSecret: "seed-001-secret" });
  hooks = await startWebhookServer(db);
  const setup = await facebookChannelOn(db.prisma, fake);
  channelId = setup.channel.id;
  cm = setup.cm;
  cs = await makeMember(db.prisma, setup.ws.id, "CUSTOMER_SERVICE");
});
afterAll(async () => {
  await hooks?.close();
  await fake?.close();
  await db?.dispose();
});

describe("seed 001 replayed through the Facebook webhook", () => {
  it("keeps the customer on one case, the brand's replies as ours, the hand-off and its solution in the timeline, and reopens on 'pas résolu'", async () => {
    for (const i of [0, 1, 2, 3, 4]) await deliver(i);
    const customerCases = await db.prisma.case.findMany({ where: { channelId, contact: { identities: { some: { platformUserId: CUSTOMER.id } } } } });
    expect(customerCases).toHaveLength(1);
    const caseId = customerCases[0]!.id;
    const thread = await db.prisma.message.findMany({ where: { caseId }, orderBy: { platformCreatedAt: "asc" } });
    expect(thread.filter((m) => m.direction === "INBOUND")).toHaveLength(3);
    expect(thread.filter((m) => m.direction === "OUTBOUND").map((m) => m.body)).toEqual([SEED_001[3]!.text]);

    // R10: the escalation carries the context; customer service picks it up and hands back a real solution.
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
    const esc = await escalateCase(db.prisma, cm, caseId, escalateInput.parse({
      reason: "delivery", summary: "Commande web de 500 € (début décembre) : armoire livrée dans le mauvais coloris. Le numéro du SAV ne traite pas les commandes web : ne pas l'y renvoyer.",
      references: ["commande web décembre"],
    }));
    await updateEscalation(db.prisma, cs, esc.id, escalationPatch.parse({ action: "pick_up" }));
    await deliver(5); // "une solution vous a été donnée" — said before any solution existed
    await expect(updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep)).rejects.toMatchObject({ code: "escalation_without_solution" });
    await updateEscalation(db.prisma, cs, esc.id, escalationPatch.parse({
      action: "propose_solution", solution: { kind: "redelivery", text: "Livraison express de l'armoire au bon coloris ; reprise de la mauvaise le même jour." },
    }));
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "RESOLVED" }), leaveToSweep);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).confirmation).toBe("PENDING");

    const outbound = await db.prisma.message.findMany({ where: { caseId, direction: "OUTBOUND", authorUserId: null, visibility: "PUBLIC" } });
    expect(outbound.map((m) => m.body).sort()).toEqual([SEED_001[3]!.text, SEED_001[5]!.text].sort());
    const timeline = await db.prisma.auditEvent.findMany({ where: { caseId }, orderBy: { id: "asc" } });
    const actions = timeline.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["ESCALATION_CREATED", "ESCALATION_PICKED_UP", "ESCALATION_SOLUTION_PROPOSED", "SATISFACTION_CHECK_SENT"]));
    expect(timeline.find((e) => e.action === "ESCALATION_CREATED")!.data).toMatchObject({ reason: "delivery" });
    expect(timeline.find((e) => e.action === "ESCALATION_SOLUTION_PROPOSED")!.data).toMatchObject({ kind: "redelivery" });

    // Six days later: the customer says it is not solved.
    const last = await deliver(6);
    expect(last.caseId).toBe(caseId);
    const c = await until(() => db.prisma.case.findUniqueOrThrow({ where: { id: caseId } }), (x) => x.confirmation === "DISPUTED", "the answer to be read");
    expect(c.status).toBe("OPEN");
    expect(c.reopenCount).toBe(1);
    expect(c.firstRespondedAt).toBeNull();
    expect(c.firstResponseDueAt!.getTime()).toBe(new Date(SEED_001[6]!.at).getTime() + 60 * 60_000);
    expect(actions.length).toBeLessThan((await db.prisma.auditEvent.count({ where: { caseId } })));
    const reopened = await db.prisma.auditEvent.findFirstOrThrow({ where: { caseId, action: "CASE_REOPENED" } });
    expect(reopened.data).toMatchObject({ reason: "new_customer_message" });
    expect((await listNotifications(db.prisma, cm, { locale: "fr" })).data[0]).toMatchObject({ kind: "CUSTOMER_DISPUTED" });
  });
});
