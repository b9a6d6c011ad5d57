// Issue #23 item 3: an X channel's webhook registered the v2 way against the fake X (v2 Webhooks API with the app
// bearer token, Account Activity v2 subscription with the account's OAuth 1.0a token). The fake checks our real
// webhook route by CRC over HTTP before it accepts, as X does; deliveries then reach the same parser as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerXWebhook } from "@/lib/channels/register-x-webhook";
import { listChannels } from "@/lib/channels/list-channels";
import { DomainError } from "@/lib/errors/domain-errors";
import type { Member } from "@/lib/auth/member";
import { startFakeX, type FakeX } from "../../fakes/fake-x";
import { facebookChannelOn, xChannelOn } from "../../helpers/channels";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";
import { startWebhookServer } from "../../helpers/webhook-server";

let db: TestDatabase;
let x: FakeX;
let hooks: Awaited<ReturnType<typeof startWebhookServer>>;
let lead: Member;
let channelId: string;
const claire = { id: "1790000000000000123", screen_name: "claire_d", name: "Claire D." };

beforeAll(async () => {
  db = await createTestDatabase();
  x = await startFakeX({ consumerSecret: "consumer-secret-for-tests", appBearer: "app-bearer-token-1" });
  hooks = await startWebhookServer(db);
  const on = await xChannelOn(db.prisma, x, { bearerToken: "app-bearer-token-1" });
  lead = on.lead;
  channelId = on.channel.id;
});
afterAll(async () => {
  await hooks?.close();
  await x?.close();
  await db?.dispose();
});

const calls = (method: string, path: RegExp) => x.requests.filter((r) => r.method === method && path.test(r.path)).length;

describe("X webhook registration (v2)", () => {
  it("creates the webhook after X's CRC reached our route within 3 s, subscribes the account, and shows it on the channel", async () => {
    const reg = await registerXWebhook(db.prisma, lead, channelId, hooks.xUrl);
    expect(reg).toMatchObject({ via: "x_v2", url: hooks.xUrl, valid: true, subscribed: true });
    const hook = x.registry.webhooks.get(reg.webhookId!);
    expect(hook?.subscribers.has(x.userId)).toBe(true);
    expect(x.registry.crcChecks).toHaveLength(1);
    expect(x.registry.crcChecks[0]).toMatchObject({ url: hooks.xUrl, ok: true });
    expect(x.registry.crcChecks[0]!.ms).toBeLessThan(3_000);
    // The webhooks API got the app bearer token; the subscription the account's OAuth 1.0a signature.
    const create = x.requests.find((r) => r.method === "POST" && r.path === "/2/webhooks")!;
    expect(create.headers.authorization).toBe("Bearer app-bearer-token-1");
    const sub = x.requests.find((r) => r.method === "POST" && /subscriptions\/all$/.test(r.path))!;
    expect(sub.headers.authorization).toMatch(/^OAuth /);
    const shown = (await listChannels(db.prisma, lead)).find((c) => c.id === channelId)!;
    expect(shown.webhookRegistration).toMatchObject({ webhookId: reg.webhookId, valid: true, subscribed: true });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "CHANNEL_WEBHOOK_REGISTERED", entityId: channelId } });
    expect(audit.data).toMatchObject({ webhookId: reg.webhookId, subscribed: true });
    expect(JSON.stringify(audit.data)).not.toContain("app-bearer-token-1");
  });

  it("is idempotent: run again it finds the same webhook and subscription and creates nothing", async () => {
    const first = x.registry.webhooks.size;
    const reg = await registerXWebhook(db.prisma, lead, channelId, hooks.xUrl);
    expect(x.registry.webhooks.size).toBe(first);
    expect(calls("POST", /^\/2\/webhooks$/)).toBe(1);
    expect(calls("POST", /subscriptions\/all$/)).toBe(1);
    expect(reg.subscribed).toBe(true);
  });

  it("asks X to check again a webhook it holds invalid", async () => {
    const hook = [...x.registry.webhooks.values()][0]!;
    hook.valid = false;
    const reg = await registerXWebhook(db.prisma, lead, channelId, hooks.xUrl);
    expect(calls("PUT", /^\/2\/webhooks\/\d+$/)).toBe(1);
    expect(reg.valid).toBe(true);
    expect(hook.valid).toBe(true);
  });

  it("mentions and DMs delivered to the registered webhook become one case", async () => {
    const mention = x.tweetCreateEvent({ text: `@${x.username} colis jamais arrivé, commande 88812`, user: claire });
    expect((await x.sendWebhook(hooks.xUrl, mention)).status).toBe(200);
    expect((await x.sendWebhook(hooks.xUrl, x.directMessageEvent({ text: "Je vous écris en privé", sender: claire }))).status).toBe(200);
    await hooks.settled();
    const msgs = await db.prisma.message.findMany({ where: { channelId }, orderBy: { platformCreatedAt: "asc" } });
    expect(msgs.map((m) => m.kind)).toEqual(["MENTION", "DM"]);
    expect(new Set(msgs.map((m) => m.caseId)).size).toBe(1);
  });
});

describe("X webhook registration refused", () => {
  it("keeps X's refusal on the channel and answers 502 when the URL fails the CRC check", async () => {
    const other = await startFakeX({ userId: "1700000000000000002", appBearer: "app-bearer-token-2" });
    try {
      const on = await xChannelOn(db.prisma, other, { bearerToken: "app-bearer-token-2" });
      // Nothing answers there (the discard port): X's CRC gets no answer.
      const bad = "http://127.0.0.1:9/api/webhooks/x";
      const err = await registerXWebhook(db.prisma, on.lead, on.channel.id, bad).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).status).toBe(502);
      expect((err as DomainError).code).toBe("platform_error");
      const row = await db.prisma.channel.findUniqueOrThrow({ where: { id: on.channel.id } });
      expect(row.webhookRegistration).toMatchObject({ valid: false, subscribed: false, webhookId: null });
      expect(JSON.stringify(row.webhookRegistration)).toMatch(/CrcValidationFailed/);
      expect(other.registry.webhooks.size).toBe(0);
    } finally {
      await other.close();
    }
  });

  it("says an app bearer token is needed, without calling X", async () => {
    const bare = await startFakeX({ userId: "1700000000000000003", appBearer: "app-bearer-token-3" });
    try {
      const on = await xChannelOn(db.prisma, bare);
      const err = await registerXWebhook(db.prisma, on.lead, on.channel.id, hooks.xUrl).catch((e: unknown) => e);
      expect((err as DomainError).status).toBe(502);
      expect((err as DomainError).message).toMatch(/bearer token/);
      expect(bare.requests).toHaveLength(0);
    } finally {
      await bare.close();
    }
  });

  it("refuses a channel that is not on X, and a member who may not manage channels", async () => {
    let graph: FakeGraph | undefined;
    try {
      graph = await startFakeGraph({ appSecret: "graph-secret-1" });
      const fb = await facebookChannelOn(db.prisma, graph);
      await expect(registerXWebhook(db.prisma, fb.lead, fb.channel.id, hooks.xUrl)).rejects.toMatchObject({ code: "not_an_x_channel" });
      await expect(registerXWebhook(db.prisma, { ...lead, role: "COMMUNITY_MANAGER" }, channelId, hooks.xUrl)).rejects.toMatchObject({ status: 403 });
    } finally {
      await graph?.close();
    }
  });
});
