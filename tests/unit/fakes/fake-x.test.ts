import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeX, type FakeX } from "../../fakes/fake-x";
import { startReceiver } from "./receiver";

const BEARER = "user-bearer";
let x: FakeX;
type Res = { status: number; json: Record<string, unknown>; headers: Headers };
let call: (path: string, init?: RequestInit & { auth?: string }) => Promise<Res>;

const ann = { id: "2244994945", username: "ann", name: "Ann", public_metrics: { followers_count: 10, following_count: 1, tweet_count: 5, listed_count: 0 } };

beforeEach(async () => {
  x = await startFakeX({ userId: "1700000000000000001", username: "brand", consumerSecret: "csecret", bearer: BEARER, appBearer: "app-only" });
  call = async (path, init = {}) => {
    const res = await fetch(`${x.url}${path}`, {
      ...init,
      headers: { authorization: init.auth ?? `Bearer ${BEARER}`, ...(init.body ? { "content-type": "application/json" } : {}) },
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown>, headers: res.headers };
  };
});
afterEach(async () => {
  await x.close();
});

const MENTIONS = `/2/users/1700000000000000001/mentions`;
const FIELDS = "tweet.fields=author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets&expansions=author_id";
type Timeline = { data?: Array<{ id: string; text: string; author_id?: string }>; includes?: { users: Array<Record<string, unknown>> }; meta: { newest_id?: string; oldest_id?: string; result_count: number; next_token?: string } };

describe("fake X API: reads", () => {
  it("omits `data` when there are no mentions", async () => {
    const r = await call(`${MENTIONS}?${FIELDS}`);
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ meta: { result_count: 0 } });
  });

  it("pages mentions newest first with next_token, then sweeps with since_id", async () => {
    const added = Array.from({ length: 12 }, (_, i) => x.addMention({ text: `@brand hi ${i}`, author: ann }));
    const ids: string[] = [];
    let token: string | undefined;
    let pages = 0;
    let newest: string | undefined;
    do {
      const r = await call(`${MENTIONS}?max_results=5&${FIELDS}${token ? `&pagination_token=${token}` : ""}`);
      const body = r.json as unknown as Timeline;
      pages++;
      newest ??= body.meta.newest_id;
      ids.push(...(body.data ?? []).map((t) => t.id));
      expect(body.includes?.users[0]).toEqual({ id: ann.id, name: "Ann", username: "ann" });
      expect(body.data?.[0]).toHaveProperty("author_id", ann.id);
      token = body.meta.next_token;
    } while (token);
    expect(pages).toBe(3);
    expect(ids).toEqual(added.map((t) => t.id).reverse());
    expect(ids.every((id) => typeof id === "string" && BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER))).toBe(true);
    const fresh = x.addMention({ text: "@brand again", author: ann });
    const sweep = (await call(`${MENTIONS}?since_id=${newest}&${FIELDS}`)).json as unknown as Timeline;
    expect(sweep.data?.map((t) => t.id)).toEqual([fresh.id]);
    expect(sweep.meta).toEqual({ newest_id: fresh.id, oldest_id: fresh.id, result_count: 1 });
  });

  it("rejects max_results outside 5..100 with an invalid-request problem", async () => {
    const r = await call(`${MENTIONS}?max_results=4`);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ title: "Invalid Request", type: "https://api.twitter.com/2/problems/invalid-request" });
    expect((await call(`${MENTIONS}?max_results=101`)).status).toBe(400);
  });

  it("pages DM events newest first, including our own sends", async () => {
    for (let i = 0; i < 3; i++) x.addDm({ text: `dm ${i}`, sender: ann });
    const sent = await call(`/2/dm_conversations/with/${ann.id}/messages`, { method: "POST", body: JSON.stringify({ text: "hello back" }) });
    expect(sent.status).toBe(201);
    expect(sent.json.data).toEqual({ dm_conversation_id: `${ann.id}-1700000000000000001`, dm_event_id: expect.any(String) });
    const r = await call(`/2/dm_events?max_results=3&dm_event.fields=id,text,event_type,created_at,dm_conversation_id,sender_id&expansions=sender_id`);
    const body = r.json as { data: Array<Record<string, string>>; meta: { next_token?: string }; includes: { users: unknown[] } };
    expect(body.data.map((e) => e.text)).toEqual(["hello back", "dm 2", "dm 1"]);
    expect(body.data[0]?.sender_id).toBe("1700000000000000001");
    expect(body.includes.users).toHaveLength(2);
    const rest = (await call(`/2/dm_events?max_results=3&pagination_token=${body.meta.next_token}`)).json as { data: unknown[]; meta: Record<string, unknown> };
    expect(rest.data).toEqual([{ id: expect.any(String), event_type: "MessageCreate", text: "dm 0" }]);
    expect(rest.meta).not.toHaveProperty("next_token");
  });
});

describe("fake X API: writes, auth and limits", () => {
  it("replies with 201 to a known mention and 403s an unknown tweet or duplicate text", async () => {
    const m = x.addMention({ text: "@brand broken", author: ann });
    const ok = await call(`/2/tweets`, { method: "POST", body: JSON.stringify({ text: "Sorry!", reply: { in_reply_to_tweet_id: m.id } }) });
    expect(ok.status).toBe(201);
    expect(ok.json.data).toMatchObject({ id: expect.stringMatching(/^\d+$/), text: "Sorry!" });
    const dup = await call(`/2/tweets`, { method: "POST", body: JSON.stringify({ text: "Sorry!", reply: { in_reply_to_tweet_id: m.id } }) });
    expect(dup.status).toBe(403);
    const bad = await call(`/2/tweets`, { method: "POST", body: JSON.stringify({ text: "x", reply: { in_reply_to_tweet_id: "1" } }) });
    expect(bad.status).toBe(403);
    expect(bad.json).toEqual({
      title: "Forbidden",
      type: "about:blank",
      status: 403,
      detail: "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.",
    });
    expect(x.ownTweets()).toHaveLength(1);
  });

  it("checks auth: wrong bearer 401, any OAuth header accepted, app-only refused for writes", async () => {
    const wrong = await call(MENTIONS, { auth: "Bearer nope" });
    expect(wrong.status).toBe(401);
    expect(wrong.json).toMatchObject({ title: "Unauthorized", status: 401 });
    expect((await call(MENTIONS, { auth: 'OAuth oauth_consumer_key="k", oauth_signature="unchecked"' })).status).toBe(200);
    expect((await call(MENTIONS, { auth: "Bearer app-only" })).status).toBe(200);
    expect((await call(`/2/dm_events`, { auth: "Bearer app-only" })).status).toBe(403);
  });

  it("sends rate-limit headers everywhere and plays a scripted 429 then success", async () => {
    x.failNext(1, { status: 429, resetInSeconds: 120 }, /mentions/);
    const limited = await call(MENTIONS);
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ title: "Too Many Requests", type: "about:blank", status: 429, detail: "Too Many Requests" });
    expect(limited.headers.get("x-rate-limit-remaining")).toBe("0");
    expect(Number(limited.headers.get("x-rate-limit-reset"))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 119);
    const ok = await call(MENTIONS);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-rate-limit-limit")).toBe("300");
    expect(ok.headers.get("x-rate-limit-remaining")).toBe("299");
    expect((await call(MENTIONS, { auth: "Bearer nope" })).headers.get("x-rate-limit-limit")).toBeTruthy();
  });

  it("plays a scripted 500 then success, and enforces the 15-per-window DM read limit", async () => {
    x.failNext(1, { status: 500 });
    expect((await call(MENTIONS)).status).toBe(500);
    expect((await call(MENTIONS)).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await call(`/2/dm_events`)).status);
    expect(statuses.slice(0, 15).every((s) => s === 200)).toBe(true);
    expect(statuses[15]).toBe(429);
  });
});

describe("fake X API: webhooks", () => {
  it("CRC: accepts only sha256=base64(HMAC(consumer secret, token))", async () => {
    const good = await startReceiver((r) => {
      const token = new URL(r.url, "http://x").searchParams.get("crc_token") ?? "";
      const response_token = `sha256=${createHmac("sha256", "csecret").update(token).digest("base64")}`;
      return { status: 200, contentType: "application/json", body: JSON.stringify({ response_token }) };
    });
    const bad = await startReceiver(() => ({ status: 200, contentType: "application/json", body: JSON.stringify({ response_token: "sha256=AAAA" }) }));
    try {
      expect((await x.crc(good.url, "tok")).ok).toBe(true);
      expect((await x.crc(bad.url)).ok).toBe(false);
    } finally {
      await good.close();
      await bad.close();
    }
  });

  it("signs raw bytes with base64 HMAC and keeps 64-bit ids as bare numbers next to id_str", async () => {
    const rx = await startReceiver((_r, i) => (i === 0 ? { status: 503 } : { status: 200 }));
    try {
      const long = `@brand ${"very ".repeat(40)}long`;
      const payload = x.tweetCreateEvent({ id: "1790000000000000123", text: long, user: { id: ann.id, screen_name: "ann", name: "Ann", followers_count: 10 }, created_at: new Date(Date.UTC(2025, 4, 19, 14, 1, 46)) });
      const res = await x.sendWebhook(rx.url, payload, { retries: 2 });
      expect(res).toMatchObject({ status: 200, attempts: 2 });
      const got = rx.received[1];
      if (!got) throw new Error("nothing received");
      expect(got.headers["x-twitter-webhooks-signature"]).toBe(`sha256=${createHmac("sha256", "csecret").update(got.raw).digest("base64")}`);
      const raw = got.raw.toString("utf8");
      expect(raw).toContain('"id":1790000000000000123,');
      const ev = (JSON.parse(raw) as { for_user_id: string; tweet_create_events: Array<Record<string, unknown>> });
      const t = ev.tweet_create_events[0] ?? {};
      expect(ev.for_user_id).toBe("1700000000000000001");
      expect(t.id_str).toBe("1790000000000000123");
      expect(String(t.id)).not.toBe("1790000000000000123");
      expect(t.created_at).toBe("Mon May 19 14:01:46 +0000 2025");
      expect(t.truncated).toBe(true);
      expect((t.extended_tweet as { full_text: string }).full_text).toBe(long);
    } finally {
      await rx.close();
    }
  });

  it("builds DM and delete payloads in the v1.1 shapes", () => {
    const inbound = x.directMessageEvent({ id: "1790000000000000999", text: "hi", sender: { id: ann.id, screen_name: "ann", name: "Ann" }, created_timestamp: 1_747_663_306_000 });
    expect(inbound).toMatchObject({
      for_user_id: "1700000000000000001",
      direct_message_events: [{ type: "message_create", id: "1790000000000000999", created_timestamp: "1747663306000", message_create: { target: { recipient_id: "1700000000000000001" }, sender_id: ann.id, message_data: { text: "hi" } } }],
      users: { [ann.id]: { screen_name: "ann" } },
    });
    const own = x.directMessageEvent({ text: "reply", sender: { id: "1700000000000000001", screen_name: "brand", name: "Brand" }, recipient_id: ann.id, source_app_id: "42" });
    expect(own.direct_message_events).toMatchObject([{ message_create: { source_app_id: "42", sender_id: "1700000000000000001" } }]);
    const del = x.tweetDeleteEvent({ id: "1790000000000000123", user_id: ann.id, timestamp_ms: 1 });
    expect(del).toEqual({ for_user_id: "1700000000000000001", tweet_delete_events: [{ status: { id: "1790000000000000123", user_id: ann.id }, timestamp_ms: "1" }] });
    expect(x.batch(inbound, own).direct_message_events).toHaveLength(2);
  });
});
