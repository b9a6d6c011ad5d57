// Issue #20 item 10: unsigned webhooks told which Page / account ids are connected (404 "unknown channel" vs 401
// "invalid signature", for Facebook, Instagram and X alike), and each unknown id reloaded the whole channel list
// (a flood of them cut throughput from 103 to 73 req/s). Also: the 409 a real owner gets when another workspace
// claimed their Page first no longer spells out that it is connected elsewhere.
import { createHmac, randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectChannel } from "@/lib/channels/connect-channel";
import type { ChannelKind } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { receiveWebhook, type WebhookDb } from "@/lib/webhooks/receive-webhook";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { toWireJson } from "../fakes/fake-http";
import { startFakeInstagram, type FakeInstagram } from "../fakes/fake-instagram";
import { startFakeX, type FakeX } from "../fakes/fake-x";
import { facebookChannelOn, instagramChannelOn, VERIFY_TOKEN, xChannelOn } from "../helpers/channels";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let graph: FakeGraph;
let insta: FakeInstagram;
let x: FakeX;

/** The database as the webhook path sees it, counting how often it loads the channel list. */
function counting(): { wdb: WebhookDb; loads: () => number } {
  let n = 0;
  const channel = new Proxy(db.prisma.channel, {
    get: (t, k) => (k === "findMany" ? (...a: Parameters<typeof t.findMany>) => (n++, t.findMany(...a)) : Reflect.get(t, k)),
  });
  const prisma = new Proxy(db.prisma, { get: (t, k) => (k === "channel" ? channel : Reflect.get(t, k)) }) as PrismaClient;
  return { wdb: { kind: db.kind, prisma, sql: db.sql }, loads: () => n };
}

const FORGED = { "x-hub-signature-256": "sha256=" + "0".repeat(64), "x-twitter-webhooks-signature": "sha256=AAAA" };

async function post(wdb: WebhookDb, kind: ChannelKind, payload: unknown, headers: Record<string, string> = FORGED) {
  const raw = Buffer.from(toWireJson(payload));
  const r = await receiveWebhook(wdb, kind, { url: new URL("http://127.0.0.1/api/webhooks"), headers: new Headers(headers), readBody: async () => raw });
  return { status: r.status, body: r.body };
}

const pageComment = (pageId: string) => ({
  object: "page",
  entry: [{ id: pageId, time: 1_700_000_000, changes: [{ field: "feed", value: { item: "comment", verb: "add", comment_id: `${pageId}_2`, post_id: `${pageId}_1`, parent_id: `${pageId}_1`, from: { id: "7", name: "Eve" }, message: "hi", created_time: 1_700_000_000 } }] }],
});

beforeAll(async () => {
  db = await createTestDatabase();
  [graph, insta, x] = await Promise.all([startFakeGraph({ appSecret: "app-secret-for-tests" }), startFakeInstagram({ appSecret: "ig-secret-for-tests" }), startFakeX()]);
  await facebookChannelOn(db.prisma, graph);
  await instagramChannelOn(db.prisma, insta);
  await xChannelOn(db.prisma, x);
});
afterAll(async () => {
  await Promise.all([graph?.close(), insta?.close(), x?.close()]);
  await db?.dispose();
});

describe("an unsigned webhook cannot tell which accounts are connected", () => {
  it("answers an unknown id exactly as a known id with a bad signature (Facebook, Instagram, X)", async () => {
    const { wdb } = counting();
    const claire = { id: "42", screen_name: "claire", name: "Claire" };
    const ig = insta.commentChange({ id: "1", media_id: "2", text: "hi", from: { id: "7", username: "x" } });
    const tweet = x.tweetCreateEvent({ text: "hi", user: claire });
    const cases: [ChannelKind, unknown, unknown][] = [
      ["FACEBOOK_PAGE", graph.feedCommentChange({ verb: "add", comment_id: "1_2", post_id: `${graph.pageId}_1`, message: "hi", from: { id: "7", name: "X" } }), pageComment("999999")],
      ["INSTAGRAM_ACCOUNT", ig, { ...ig, entry: [{ ...ig.entry[0], id: "17841499999999999" }] }],
      ["X_ACCOUNT", tweet, { ...tweet, for_user_id: "1799999999999999999" }],
    ];
    for (const [kind, known, unknown] of cases) {
      const [a, b] = [await post(wdb, kind, known), await post(wdb, kind, unknown)];
      expect(a, kind).toEqual({ status: 401, body: { error: "invalid signature" } });
      expect(b, kind).toEqual(a);
    }
    expect(await db.prisma.rawDelivery.count()).toBe(0);
  });

  it("a flood of unknown ids does not reload the channel list per request", async () => {
    const { wdb, loads } = counting();
    const started = Date.now();
    for (let i = 0; i < 200; i++) expect((await post(wdb, "FACEBOOK_PAGE", pageComment(String(randomInt(1e9, 2e9))))).status).not.toBe(200);
    // One load to fill the cache, then at most one per second (RELOAD_ON_REFUSAL_MS) whatever the ids; it was one per request.
    expect(loads()).toBeLessThanOrEqual(2 + Math.ceil((Date.now() - started) / 1000));
  });

  it("connecting the channel ends its cached miss at once: its first signed webhook is accepted", async () => {
    const { wdb } = counting();
    const stranger = await startFakeGraph({ pageId: "424242", appSecret: "stranger-secret-1" });
    try {
      const payload = stranger.feedCommentChange({ verb: "add", comment_id: "424242_9", post_id: "424242_1", message: "Bonjour", from: { id: "8", name: "Ana" } });
      const raw = JSON.stringify(payload);
      const signed = { "x-hub-signature-256": `sha256=${createHmac("sha256", stranger.appSecret).update(raw).digest("hex")}` };
      expect((await post(wdb, "FACEBOOK_PAGE", payload, signed)).status).toBe(401); // not connected yet: cached as a miss
      await facebookChannelOn(db.prisma, stranger);
      expect(await post(wdb, "FACEBOOK_PAGE", payload, signed)).toMatchObject({ status: 200 });
    } finally {
      await stranger.close();
    }
  });
});

describe("a Page claimed by another workspace", () => {
  it("is refused with 409 without saying that it is connected elsewhere", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    const err = await connectChannel(db.prisma, lead, {
      kind: "facebook_page", externalId: graph.pageId, name: "Mine", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "another-token", verifyToken: VERIFY_TOKEN },
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 409, code: "channel_unavailable" });
    expect((err as Error).message).not.toMatch(/another workspace|already connected/i);
  });
});
