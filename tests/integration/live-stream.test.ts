// The live stream on a real database: NOTIFY from the audit trigger → hub → each member's stream, filtered by
// the case scope rule. A community manager and a customer-service agent are connected at the same time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import type { StreamMessage } from "@/lib/live/events";
import { startHub, type LiveHub } from "@/lib/live/hub";
import { openLiveStream } from "@/lib/live/open-stream";
import { publishPresence } from "@/lib/live/publish-presence";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { caughtUp, changes, collect } from "../helpers/live-stream";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let hub: LiveHub;
let cm: Member;
let cs: Member;
let otherLead: Member;
let channelId: string;

// Everything committed so far has reached the streams (a marker NOTIFY came through the hub after it).
const settle = () => caughtUp(db, hub);

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  cs = await makeMember(db.prisma, ws.id, "CUSTOMER_SERVICE");
  const other = await makeWorkspace(db.prisma);
  otherLead = await makeMember(db.prisma, other.ws.id, "TEAM_LEAD");
  hub = await startHub(db);
});
afterAll(() => db?.dispose());

describe("live stream scoping", () => {
  it("gives customer service only escalated cases, including the moment one is escalated to them", async () => {
    const a = collect(await openLiveStream(hub, cm, []));
    const b = collect(await openLiveStream(hub, cs, []));
    const c = collect(await openLiveStream(hub, otherLead, []));
    const { caseIds } = await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "live-1", body: "Ma commande n'est jamais arrivée", author: { platformUserId: "l1", name: "Léa Live" } }),
    ]);
    const caseId = caseIds[0]!;
    await settle();
    // The community manager sees the new case, with its inbox row; customer service and another workspace don't.
    const cmRows = changes(a.got).filter((m) => m.event.caseId === caseId);
    expect(cmRows.length).toBeGreaterThan(0);
    expect(cmRows.at(-1)!.row).toMatchObject({ id: caseId, author: { name: "Léa Live" }, status: "NEW" });
    expect(changes(b.got)).toHaveLength(0);
    expect(changes(c.got)).toHaveLength(0);

    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "ESCALATED", escalationReason: "Remboursement" }), leaveToSweep);
    await settle();
    // Now escalated: customer service receives it, with the escalated row, at once (no stale "not visible").
    const csRows = changes(b.got);
    expect(csRows.map((m) => m.event.action)).toContain("ESCALATION_CREATED");
    expect(csRows.at(-1)!.row).toMatchObject({ id: caseId, status: "ESCALATED" });
    expect(changes(c.got)).toHaveLength(0);

    // Sequences are contiguous per stream, starting after "ready" (0).
    for (const s of [a, b]) expect(s.got.map((m) => m.seq)).toEqual(s.got.map((_, i) => i));
    for (const s of [a, b, c]) await s.stop();
  });

  it("scopes presence: customer service hears of viewers on escalated cases only", async () => {
    const { caseIds } = await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "live-2", body: "Toujours rien", author: { platformUserId: "l2", name: "Paul Présence" } }),
    ]);
    await settle();
    const a = collect(await openLiveStream(hub, cm, []));
    const b = collect(await openLiveStream(hub, cs, []));
    await publishPresence(db.prisma, cm, caseIds[0]!, "viewing");
    const escalated = (await db.prisma.escalation.findFirstOrThrow()).caseId;
    await publishPresence(db.prisma, cm, escalated, "replying");
    await settle();
    const seen = (got: StreamMessage[]) => got.flatMap((m) => (m.type === "presence" ? [m.presence.caseId] : []));
    expect(seen(a.got)).toEqual([caseIds[0], escalated]);
    expect(seen(b.got)).toEqual([escalated]);
    // A stream opened now starts with the current presence, scoped the same way.
    const late = collect(await openLiveStream(hub, cs, []));
    await settle();
    const ready = late.got[0] as Extract<StreamMessage, { type: "ready" }>;
    expect(ready.presence.map((p) => p.caseId)).toEqual([escalated]);
    for (const s of [a, b, late]) await s.stop();
  });
});

describe("the case page's messages on the stream", () => {
  it("sends a new message and our reply's delivery result, as the thread shows them, to members who have the case open and may see it", async () => {
    const cm2 = await makeMember(db.prisma, cm.workspaceId, "COMMUNITY_MANAGER");
    const a = collect(await openLiveStream(hub, cm, []));
    const b = collect(await openLiveStream(hub, cs, []));
    const other = collect(await openLiveStream(hub, cm2, []));
    const author = { platformUserId: "lm1", name: "Mia Message" };
    const { caseIds } = await ingestEvents(db.prisma, channelId, [comment({ externalId: "live-msg-1", body: "Le colis est arrivé ouvert", author })]);
    const caseId = caseIds[0]!;
    await settle();
    // Nobody has the case open yet: the inbox gets its row, not the message.
    const first = changes(a.got).find((m) => m.event.action === "MESSAGE_RECEIVED" && m.event.caseId === caseId);
    expect(first?.row).toMatchObject({ id: caseId });
    expect(first?.message).toBeUndefined();
    expect(first!.at).toBeGreaterThan(Date.now() - 60_000);

    await publishPresence(db.prisma, cm, caseId, "viewing");
    await settle();
    await ingestEvents(db.prisma, channelId, [comment({ externalId: "live-msg-2", body: "Et le carton est trempé", author })]);
    await settle();
    const received = changes(a.got).find((m) => m.event.action === "MESSAGE_RECEIVED" && m.message?.body === "Et le carton est trempé");
    expect(received?.message).toMatchObject({
      id: received!.event.entityId, caseId, direction: "INBOUND", visibility: "PUBLIC",
      deliveryStatus: "RECEIVED", authorIdentity: { name: "Mia Message" }, events: [], attempts: [],
    });
    // Another community manager, on the inbox: the change, without the message. Customer service: nothing.
    const elsewhere = changes(other.got).filter((m) => m.event.caseId === caseId);
    expect(elsewhere.length).toBeGreaterThan(0);
    expect(elsewhere.every((m) => m.message === undefined)).toBe(true);
    expect(changes(b.got).filter((m) => m.event.caseId === caseId)).toHaveLength(0);

    const reply = await queueReply(db.prisma, cm, caseId, { text: "Nous sommes désolés, on s'en occupe.", visibility: "public" }, async () => undefined);
    await settle();
    const queued = changes(a.got).find((m) => m.event.action === "REPLY_QUEUED" && m.event.entityId === reply.id);
    expect(queued?.message).toMatchObject({ id: reply.id, direction: "OUTBOUND", deliveryStatus: "QUEUED", authorUser: { name: cm.name } });
    await deliverMessage(db.prisma, reply.id);
    await settle();
    const result = changes(a.got).filter((m) => m.event.entityId === reply.id && (m.event.action === "REPLY_SENT" || m.event.action === "REPLY_FAILED")).at(-1);
    expect(result?.message?.deliveryStatus).toBe(result?.event.action === "REPLY_SENT" ? "SENT" : "FAILED");
    expect(result?.message?.attempts.length).toBe(1);
    // Hidden on the platform: the message again, with its platform event (the thread shows it struck, kept).
    await ingestEvents(db.prisma, channelId, [{ type: "message_event", externalId: "live-msg-2", kind: "HIDDEN", platformTime: new Date() }]);
    await settle();
    const hidden = changes(a.got).find((m) => m.event.action === "MESSAGE_HIDDEN_ON_PLATFORM");
    expect(hidden?.message).toMatchObject({ id: received!.event.entityId, body: "Et le carton est trempé", events: [{ kind: "HIDDEN" }] });
    // Changes about the case but not one message carry no message.
    expect(changes(a.got).filter((m) => m.event.entityType !== "message").every((m) => m.message === undefined)).toBe(true);

    // Escalated to customer service, who opens it: from then on their stream carries the thread's messages too.
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "ESCALATED", escalationReason: "Colis abîmé" }), leaveToSweep);
    await publishPresence(db.prisma, cs, caseId, "viewing");
    await settle();
    await ingestEvents(db.prisma, channelId, [comment({ externalId: "live-msg-3", body: "Et toujours rien", author })]);
    await settle();
    const csGot = changes(b.got).find((m) => m.event.action === "MESSAGE_RECEIVED" && m.event.caseId === caseId);
    expect(csGot?.message).toMatchObject({ caseId, body: "Et toujours rien" });
    for (const s of [a, b, other]) await s.stop();
  });
});

describe("live stream scoping between customer-service agents", () => {
  it("gives an escalation routed to one agent (or their team) to them, not to the other agent", async () => {
    const cs2 = await makeMember(db.prisma, cm.workspaceId, "CUSTOMER_SERVICE");
    const team = await db.prisma.team.create({ data: { workspaceId: cm.workspaceId, name: "Litiges" } });
    const cs3 = await makeMember(db.prisma, cm.workspaceId, "CUSTOMER_SERVICE");
    await db.prisma.membership.updateMany({ where: { userId: cs3.userId }, data: { teamId: team.id } });
    const { caseIds } = await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "live-3", body: "Facture en double", author: { platformUserId: "l3", name: "Zoé Routée" } }),
    ]);
    const caseId = caseIds[0]!;
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ status: "ESCALATED", escalationReason: "Double facturation" }), leaveToSweep);
    await db.prisma.escalation.updateMany({ where: { caseId }, data: { assigneeId: cs2.userId } });
    await settle();
    const one = collect(await openLiveStream(hub, cs, []));
    const two = collect(await openLiveStream(hub, cs2, []));
    const three = collect(await openLiveStream(hub, cs3, [team.id]));
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ priority: "HIGH" }), leaveToSweep);
    await settle();
    const about = (got: StreamMessage[]) => changes(got).filter((m) => m.event.caseId === caseId);
    expect(about(two.got).length).toBeGreaterThan(0);
    expect(about(one.got)).toHaveLength(0);
    expect(about(three.got)).toHaveLength(0);
    // Routed to the team instead: its member sees it, the former assignee does not.
    await db.prisma.escalation.updateMany({ where: { caseId }, data: { assigneeId: null, teamId: team.id } });
    await updateCase(db.prisma, cm, caseId, casePatch.parse({ priority: "URGENT" }), leaveToSweep);
    await settle();
    expect(about(three.got).length).toBeGreaterThan(0);
    expect(about(one.got)).toHaveLength(0);
    for (const s of [one, two, three]) await s.stop();
  });
});

describe("live stream backpressure", () => {
  it("tells a tab that stops reading to resync, then ends its stream instead of buffering", async () => {
    const stream = await openLiveStream(hub, cm, [], { maxBufferedBytes: 4_096 });
    await ingestEvents(db.prisma, channelId, Array.from({ length: 30 }, (_, i) =>
      comment({ externalId: `flood-${i}`, body: `Colis perdu numéro ${i}`, author: { platformUserId: `f${i}`, name: `Flot ${i}` } })));
    await settle();
    // Nothing was read so far: now read everything that was queued.
    const s = collect(stream);
    await s.done;
    const bytes = s.got.reduce((n, m) => n + JSON.stringify(m).length, 0);
    expect(s.got.at(-1)).toMatchObject({ type: "resync", reason: "overflow" });
    expect(bytes).toBeLessThan(4_096 + 1_024);
    expect(s.got.map((m) => m.seq)).toEqual(s.got.map((_, i) => i));
  });

  it("writes the changes of one commit to a tab as one chunk, not one write per change", async () => {
    const reader = (await openLiveStream(hub, cm, [])).getReader();
    const decoder = new TextDecoder();
    expect(decoder.decode((await reader.read()).value)).toContain("event: ready");
    await ingestEvents(db.prisma, channelId, Array.from({ length: 5 }, (_, i) =>
      comment({ externalId: `chunk-${i}`, body: `Remboursement ${i} jamais reçu`, author: { platformUserId: `chunk${i}`, name: `Morceau ${i}` } })));
    await settle();
    const chunk = decoder.decode((await reader.read()).value);
    // Five new cases: a CASE_CREATED and a MESSAGE_RECEIVED each, numbered 1 to 10, in one chunk.
    expect(chunk.match(/event: change/g)).toHaveLength(10);
    expect(chunk).toContain("id: 10\n");
    await reader.cancel();
  });

  it("says on \"ready\" whether the workspace changed after the page's render (since), and only then", async () => {
    const rendered = Date.now() - 1; // a page read its data a millisecond ago: the commit below is strictly after
    await ingestEvents(db.prisma, channelId, [
      comment({ externalId: "since-1", body: "Colis jamais livré", author: { platformUserId: "since1", name: "Sam Since" } }),
    ]);
    await settle();
    const after = Date.now();
    const late = collect(await openLiveStream(hub, cm, [], { since: rendered }));
    const current = collect(await openLiveStream(hub, cm, [], { since: after }));
    const otherWorkspace = collect(await openLiveStream(hub, otherLead, [], { since: rendered }));
    const noSince = collect(await openLiveStream(hub, cm, []));
    await settle();
    const ready = (s: { got: StreamMessage[] }) => s.got[0] as Extract<StreamMessage, { type: "ready" }>;
    expect(ready(late)).toMatchObject({ type: "ready", missed: true });
    expect(ready(current).missed).toBeUndefined();
    expect(ready(otherWorkspace).missed).toBeUndefined();
    expect(ready(noSince).missed).toBeUndefined();
    // The server's time rides along, for the browser to compare with its pages' render times.
    expect(ready(current).at).toBeGreaterThanOrEqual(after);
    // After a lost LISTEN connection the process cannot vouch for the time before it came back.
    hub.missed();
    const afterLoss = collect(await openLiveStream(hub, otherLead, [], { since: rendered }));
    await settle();
    expect(ready(afterLoss).missed).toBe(true);
    for (const s of [late, current, otherWorkspace, noSince, afterLoss]) await s.stop();
  });

  it("tells every stream to resync when the hub may have missed notifications", async () => {
    const s = collect(await openLiveStream(hub, cs, []));
    hub.missed();
    await settle();
    expect(s.got.at(-1)).toMatchObject({ type: "resync", reason: "missed" });
    await s.stop();
  });
});
