// A ban reaches the platform: committed first (PENDING), then a job blocks the person on Facebook
// (POST /{page-id}/blocked) or X (POST /2/users/:id/blocking); a 5xx only delays it; every outcome is an audit
// event. The guards stay: team leads only, refused while the author has an open case not marked troll/spam.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { banContact } from "@/lib/moderation/ban-contact";
import { applyBanOnPlatform, dueBans } from "@/lib/moderation/apply-ban-on-platform";
import { markContact } from "@/lib/moderation/mark-contact";
import { loadModerationFacts } from "@/lib/guards/load-moderation-facts";
import { DomainError } from "@/lib/errors/domain-errors";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { startFakeX, type FakeX } from "../../fakes/fake-x";
import { facebookChannelOn, xChannelOn } from "../../helpers/channels";
import { comment } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

type Msg = Parameters<typeof comment>[0];
const dm = (m: Msg) => comment({ kind: "DM", visibility: "PRIVATE", thread: { externalId: `dm:${m.author?.platformUserId}`, kind: "DM_CONVERSATION" }, ...m });
const mention = (m: Msg) => comment({ kind: "MENTION", thread: { externalId: m.externalId, kind: "TWEET_CONVERSATION" }, ...m });

let db: TestDatabase;
let graph: FakeGraph;
let x: FakeX;
let fb: Awaited<ReturnType<typeof facebookChannelOn>>;

beforeAll(async () => {
  db = await createTestDatabase();
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  x = await startFakeX({ consumerSecret: "consumer-secret-for-tests" });
  fb = await facebookChannelOn(db.prisma, graph);
});
afterAll(async () => {
  await graph?.close();
  await x?.close();
  await db?.dispose();
});

const blockCalls = () => graph.requests.filter((r) => r.method === "POST" && r.path.endsWith(`/${graph.pageId}/blocked`));
const audits = (banId: string) =>
  db.prisma.auditEvent.findMany({ where: { entityId: banId }, orderBy: { id: "asc" } }).then((a) => a.map((e) => e.action));

describe("ban on Facebook", () => {
  it("refused while the author has an open complaint; once marked troll, blocked on the Page after the commit", async () => {
    const postId = `${graph.pageId}_501`;
    const s = await ingestEvents(db.prisma, fb.channel.id, [
      comment({ externalId: "501_1", body: "Vous êtes des nuls, lol", thread: { externalId: postId, kind: "POST" }, author: { platformUserId: "7001", name: "Troll" } }),
    ]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! } });
    const enqueued: string[] = [];
    const enqueue = async (id: string) => void enqueued.push(id);

    // The guards stay: lead only, and 409 with the case numbers while the case is an open complaint.
    await expect(banContact(db.prisma, fb.cm, c.contactId, { reason: "troll" }, enqueue)).rejects.toThrow(/moderation.ban/);
    const refused = await banContact(db.prisma, fb.lead, c.contactId, { reason: "troll" }, enqueue).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe("ban_refused_open_case");
    expect((refused as DomainError).details).toEqual({ cases: [c.number] });
    expect(blockCalls()).toHaveLength(0);
    expect(enqueued).toEqual([]);

    await markContact(db.prisma, fb.lead, c.contactId, { mark: "troll", on: true, reason: "Insultes répétées" });
    const [ban] = await banContact(db.prisma, fb.lead, c.contactId, { reason: "insultes répétées" }, enqueue);
    expect(ban!.platformStatus).toBe("PENDING");
    // Handed to the job after the commit, and due for the sweep should that hand-over be lost.
    expect(enqueued).toEqual([ban!.id]);
    expect(await dueBans(db.prisma)).toContain(ban!.id);

    expect(await applyBanOnPlatform(db.prisma, ban!.id)).toEqual({ outcome: "done" });
    expect(blockCalls()).toHaveLength(1);
    expect(blockCalls()[0]!.body).toEqual({ user: ["7001"] });
    expect(graph.blocked().get("7001")).toBe("user");
    const stored = await db.prisma.ban.findUniqueOrThrow({ where: { id: ban!.id } });
    expect(stored.platformStatus).toBe("DONE");
    expect(stored.platformAttempts).toBe(1);
    expect(await audits(ban!.id)).toEqual(["BAN_CREATED", "BAN_APPLIED_ON_PLATFORM"]);
    // The author panel shows where the ban stands on the platform.
    expect((await loadModerationFacts(db.prisma, fb.ws.id, c.contactId)).bans).toEqual([{ platform: "FACEBOOK", status: "DONE", error: null }]);
    // Done once: another job for the same ban does nothing.
    expect(await applyBanOnPlatform(db.prisma, ban!.id)).toEqual({ outcome: "skipped" });
    expect(blockCalls()).toHaveLength(1);
  });

  it("a 500 delays the block (retried when due), never drops it; a Messenger sender is blocked by PSID", async () => {
    const s = await ingestEvents(db.prisma, fb.channel.id, [dm({ externalId: "m_ban_1", body: "spam spam spam", author: { platformUserId: "2900001", name: "Spammeur" } })]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! } });
    await markContact(db.prisma, fb.lead, c.contactId, { mark: "spam", on: true, reason: "Liens de spam répétés" });
    const [ban] = await banContact(db.prisma, fb.lead, c.contactId, { reason: "spam" });
    const before = blockCalls().length;

    graph.failNext(1, { status: 500, error: { code: 2, message: "Service temporarily unavailable", is_transient: true } }, /\/blocked$/);
    const t0 = new Date();
    const first = await applyBanOnPlatform(db.prisma, ban!.id, t0);
    expect(first.outcome).toBe("retry");
    if (first.outcome !== "retry") throw new Error("unreachable");
    let stored = await db.prisma.ban.findUniqueOrThrow({ where: { id: ban!.id } });
    expect(stored.platformStatus).toBe("PENDING");
    expect(stored.platformError).toMatch(/temporarily unavailable/i);
    // Not before it is due.
    expect(await applyBanOnPlatform(db.prisma, ban!.id, t0)).toEqual({ outcome: "skipped" });
    expect(await dueBans(db.prisma, first.retryAt)).toContain(ban!.id);

    expect(await applyBanOnPlatform(db.prisma, ban!.id, first.retryAt)).toEqual({ outcome: "done" });
    expect(blockCalls().length - before).toBe(2);
    expect(blockCalls().at(-1)!.body).toEqual({ psid: ["2900001"] });
    stored = await db.prisma.ban.findUniqueOrThrow({ where: { id: ban!.id } });
    expect(stored).toMatchObject({ platformStatus: "DONE", platformAttempts: 2, platformError: null });
    expect(await audits(ban!.id)).toEqual(["BAN_CREATED", "BAN_PLATFORM_RETRY", "BAN_APPLIED_ON_PLATFORM"]);
  });
});

describe("ban on X", () => {
  it("blocks through POST /2/users/:id/blocking after a 503, and a 403 (plan without blocking) fails for good, shown", async () => {
    const xc = await xChannelOn(db.prisma, x);
    const s = await ingestEvents(db.prisma, xc.channel.id, [mention({ externalId: x.nextId(), body: "@fakebrand lol nuls", author: { platformUserId: "880001", name: "troll" } })]);
    const c = await db.prisma.case.findUniqueOrThrow({ where: { id: s.caseIds[0]! } });
    await markContact(db.prisma, xc.lead, c.contactId, { mark: "troll", on: true, reason: "Insultes répétées" });
    const [ban] = await banContact(db.prisma, xc.lead, c.contactId, { reason: "troll" });

    x.failNext(1, { status: 503 }, { path: /\/blocking$/ });
    const first = await applyBanOnPlatform(db.prisma, ban!.id);
    expect(first.outcome).toBe("retry");
    if (first.outcome !== "retry") throw new Error("unreachable");
    expect(await applyBanOnPlatform(db.prisma, ban!.id, first.retryAt)).toEqual({ outcome: "done" });
    const calls = x.requests.filter((r) => r.method === "POST" && r.path === `/2/users/${x.userId}/blocking`);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body).toEqual({ target_user_id: "880001" });
    expect(x.blocked()).toEqual(["880001"]);

    // Another troll, and X refuses (its blocking endpoint is for Enterprise plans only): FAILED with X's words.
    const s2 = await ingestEvents(db.prisma, xc.channel.id, [mention({ externalId: x.nextId(), body: "@fakebrand encore", author: { platformUserId: "880002", name: "troll2" } })]);
    const c2 = await db.prisma.case.findUniqueOrThrow({ where: { id: s2.caseIds[0]! } });
    await markContact(db.prisma, xc.lead, c2.contactId, { mark: "troll", on: true, reason: "Insultes répétées" });
    const [ban2] = await banContact(db.prisma, xc.lead, c2.contactId, { reason: "troll" });
    x.failNext(1, { status: 403 }, { path: /\/blocking$/ });
    const failed = await applyBanOnPlatform(db.prisma, ban2!.id);
    expect(failed.outcome).toBe("failed");
    const stored = await db.prisma.ban.findUniqueOrThrow({ where: { id: ban2!.id } });
    expect(stored.platformStatus).toBe("FAILED");
    expect(stored.platformError).toMatch(/403/);
    // The ban itself stands in the inbox.
    expect(stored.liftedAt).toBeNull();
    expect(await audits(ban2!.id)).toEqual(["BAN_CREATED", "BAN_PLATFORM_FAILED"]);
    expect((await loadModerationFacts(db.prisma, xc.ws.id, c2.contactId)).bans).toEqual([{ platform: "X", status: "FAILED", error: stored.platformError }]);
    expect(await dueBans(db.prisma, new Date(Date.now() + 3_600_000))).not.toContain(ban2!.id);
  });
});
