import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { startReceiver } from "./receiver";

const TOKEN = "page-token-1";
let g: FakeGraph;
let api: (path: string, init?: RequestInit) => Promise<{ status: number; json: Record<string, unknown>; headers: Headers }>;

beforeEach(async () => {
  g = await startFakeGraph({ pageId: "111", appSecret: "s3cret", accessToken: TOKEN });
  api = async (path, init) => {
    const res = await fetch(`${g.url}/v25.0${path}`, init);
    return { status: res.status, json: (await res.json()) as Record<string, unknown>, headers: res.headers };
  };
});
afterEach(async () => {
  await g.close();
});

type Paged = { data: Array<Record<string, unknown>>; paging?: { cursors: { before: string; after: string }; next?: string } };

describe("fake Graph API: reads", () => {
  it("pages comments with cursors and ends with no `next`", async () => {
    const post = g.addPost({ id: "111_222", message: "Launch!" });
    for (let i = 0; i < 23; i++) g.addComment({ post_id: post.id, message: `c${i}`, from: { id: `u${i}`, name: `U ${i}` }, created_time: 1_700_000_000 + i });
    const seen: string[] = [];
    let url: string | undefined = `${g.url}/v25.0/${post.id}/comments?filter=stream&order=chronological&fields=id,message,from,created_time,parent,is_hidden,permalink_url&limit=10&access_token=${TOKEN}`;
    let pages = 0;
    while (url) {
      const body = (await (await fetch(url)).json()) as Paged;
      pages++;
      seen.push(...body.data.map((c) => String(c.message)));
      expect(body.paging?.cursors.after).toBeTypeOf("string");
      url = body.paging?.next;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => `c${i}`));
  });

  it("returns Graph-format comment fields, replies with `parent` only under filter=stream", async () => {
    g.addPost({ id: "111_222" });
    const top = g.addComment({ post_id: "111_222", message: "top", from: { id: "9", name: "Ann" }, created_time: "2020-02-19T23:05:53+0000" });
    g.addComment({ post_id: "111_222", parent_id: top.id, message: "reply" });
    const q = `access_token=${TOKEN}&fields=id,message,from{id,name},created_time,parent,is_hidden`;
    const stream = (await api(`/111_222/comments?filter=stream&${q}`)).json as unknown as Paged;
    expect(stream.data).toHaveLength(2);
    expect(stream.data[0]).toMatchObject({ id: top.id, created_time: "2020-02-19T23:05:53+0000", is_hidden: false, from: { id: "9" } });
    expect(stream.data[1]).toMatchObject({ message: "reply", parent: { id: top.id } });
    expect(stream.data[1]).not.toHaveProperty("from");
    expect(stream.paging).not.toHaveProperty("next");
    const toplevel = (await api(`/111_222/comments?${q}`)).json as unknown as Paged;
    expect(toplevel.data.map((c) => c.id)).toEqual([top.id]);
  });

  it("serves the page feed newest first", async () => {
    g.addPost({ message: "old", created_time: 1_600_000_000 });
    g.addPost({ message: "new", created_time: 1_700_000_000 });
    const r = await api(`/111/feed?access_token=${TOKEN}`);
    expect((r.json as unknown as Paged).data.map((p) => p.message)).toEqual(["new", "old"]);
  });

  it("rejects a missing or wrong token with the OAuthException shape", async () => {
    g.addPost({ id: "111_1" });
    const wrong = await api(`/111_1/comments?access_token=nope`);
    expect(wrong.status).toBe(400);
    expect(wrong.json.error).toMatchObject({ message: "Invalid OAuth access token.", type: "OAuthException", code: 190 });
    expect((wrong.json.error as { fbtrace_id: string }).fbtrace_id).toBeTruthy();
    expect((await api(`/111_1/comments`)).json.error).toMatchObject({ code: 104 });
    expect((await api(`/111_1/comments`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    g.setAccessToken("rotated");
    expect((await api(`/111_1/comments?access_token=${TOKEN}`)).json.error).toMatchObject({ code: 190 });
  });
});

describe("fake Graph API: writes", () => {
  const form = (fields: Record<string, string>): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ access_token: TOKEN, ...fields }).toString(),
  });
  const json = (body: unknown): RequestInit => ({
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(body),
  });

  it("posts a public reply (form-encoded) and stores it as a page comment", async () => {
    const c = g.addComment({ post_id: "111_222", message: "help", from: { id: "9", name: "Ann" } });
    const r = await api(`/${c.id}/comments`, form({ message: "On it!" }));
    expect(r.status).toBe(200);
    expect(r.json.id).toMatch(/^222_\d+$/);
    expect(g.getComment(String(r.json.id))).toMatchObject({ parent_id: c.id, from: { id: "111" }, message: "On it!" });
    expect(g.requests.at(-1)?.body).toMatchObject({ message: "On it!" });
  });

  it("allows one private reply per comment, then 10900", async () => {
    const c = g.addComment({ post_id: "111_222", message: "my order", from: { id: "9", name: "Ann" } });
    const body = { recipient: { comment_id: c.id }, message: { text: "DMing you" } };
    const first = await api(`/111/messages`, json(body));
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ recipient_id: expect.any(String), message_id: expect.stringMatching(/^m_/) });
    const second = await api(`/111/messages`, json(body));
    expect(second.status).toBe(400);
    expect(second.json.error).toMatchObject({ code: 10900, type: "OAuthException" });
    expect((second.json.error as { message: string }).message).toContain("Activity already replied to");
  });

  it("sends Messenger messages, refusing 2000+ chars and replies outside the window", async () => {
    const ok = await api(`/111/messages`, json({ recipient: { id: "555" }, messaging_type: "RESPONSE", message: { text: "hi" } }));
    expect(ok.json).toMatchObject({ recipient_id: "555", message_id: expect.any(String) });
    const long = await api(`/111/messages`, json({ recipient: { id: "555" }, messaging_type: "RESPONSE", message: { text: "x".repeat(2000) } }));
    expect(long.json.error).toMatchObject({ code: 100 });
    g.userMessaged("555", new Date(Date.now() - 2 * 86_400_000));
    const late = await api(`/111/messages`, json({ recipient: { id: "555" }, messaging_type: "RESPONSE", message: { text: "late" } }));
    expect(late.json.error).toMatchObject({ code: 10, error_subcode: 2018278 });
    const tagged = await api(`/111/messages`, json({ recipient: { id: "555" }, messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT", message: { text: "human" } }));
    expect(tagged.status).toBe(200);
    expect(g.sentMessages().map((m) => m.text)).toEqual(["hi", "human"]);
  });

  it("hides comments and records (but ignores) DELETE", async () => {
    const c = g.addComment({ post_id: "111_222", message: "spam" });
    expect((await api(`/${c.id}`, form({ is_hidden: "true" }))).json).toEqual({ success: true });
    expect(g.getComment(c.id)?.is_hidden).toBe(true);
    const del = await fetch(`${g.url}/v25.0/${c.id}?access_token=${TOKEN}`, { method: "DELETE" });
    expect(del.status).toBe(200);
    expect(g.requests.filter((r) => r.method === "DELETE").map((r) => r.path)).toEqual([`/v25.0/${c.id}`]);
    expect(g.getComment(c.id)).toBeDefined();
  });

  it("plays scripted 500s then succeeds; x-app-usage on every response", async () => {
    const c = g.addComment({ post_id: "111_222", message: "q" });
    g.failNext(2, { status: 500, error: { code: 2, is_transient: true } });
    const a = await api(`/${c.id}/comments`, form({ message: "a" }));
    const b = await api(`/${c.id}/comments`, form({ message: "b" }));
    const ok = await api(`/${c.id}/comments`, form({ message: "c" }));
    expect([a.status, b.status, ok.status]).toEqual([500, 500, 200]);
    expect(a.json.error).toMatchObject({ code: 2, is_transient: true });
    for (const r of [a, b, ok]) expect(JSON.parse(r.headers.get("x-app-usage") ?? "")).toHaveProperty("call_count");
  });

  it("plays a scripted rate limit with usage headers, filtered by path and method", async () => {
    g.addPost({ id: "111_222" });
    g.failNext(1, g.rateLimitFailure(32, { minutes: 7 }), { path: /\/comments$/, method: "GET" });
    const limited = await api(`/111_222/comments?access_token=${TOKEN}`);
    expect(limited.json.error).toMatchObject({ code: 32 });
    const buc = JSON.parse(limited.headers.get("x-business-use-case-usage") ?? "{}") as Record<string, Array<Record<string, number>>>;
    expect(buc["111"]?.[0]?.estimated_time_to_regain_access).toBe(7);
    expect(JSON.parse(limited.headers.get("x-app-usage") ?? "").call_count).toBe(100);
    expect((await api(`/111_222/comments?access_token=${TOKEN}`)).status).toBe(200);
  });
});

describe("fake Graph API: webhooks", () => {
  it("signs Meta-escaped bytes (\\uXXXX, lowercase) and the HMAC matches an independent computation", async () => {
    const rx = await startReceiver();
    try {
      const env = g.feedCommentChange({ verb: "add", comment_id: "222_9", post_id: "111_222", from: { id: "9", name: "Zoë" }, message: "Ça marche äöå 😀 https://x.y/z", created_time: 1_700_000_000 });
      const res = await g.sendWebhook(rx.url, env);
      expect(res).toMatchObject({ status: 200, attempts: 1 });
      const got = rx.received[0];
      if (!got) throw new Error("nothing received");
      const raw = got.raw.toString("latin1");
      expect(raw).toContain("\\u00e4\\u00f6\\u00e5");
      expect(raw).toContain("\\ud83d\\ude00");
      expect(raw).toContain("https:\\/\\/x.y\\/z");
      expect([...got.raw].every((b) => b < 0x80)).toBe(true);
      const expected = `sha256=${createHmac("sha256", "s3cret").update(got.raw).digest("hex")}`;
      expect(got.headers["x-hub-signature-256"]).toBe(expected);
      expect(g.signWebhook(got.raw.toString("utf8"))).toBe(expected);
      const parsed = JSON.parse(got.raw.toString("utf8")) as typeof env;
      expect(parsed).toEqual(env);
      expect(parsed.entry[0]?.changes).toEqual([
        { field: "feed", value: expect.objectContaining({ item: "comment", verb: "add", parent_id: "111_222", created_time: 1_700_000_000, message: "Ça marche äöå 😀 https://x.y/z" }) },
      ]);
    } finally {
      await rx.close();
    }
  });

  it("retries immediately then with backoff, bounded by `retries`", async () => {
    const rx = await startReceiver((_r, i) => (i < 2 ? { status: 500 } : { status: 200, body: "EVENT_RECEIVED" }));
    try {
      const env = g.batch(g.messengerEvent({ sender: "555", text: "hi", mid: "m_1" }), g.messengerEvent({ sender: "111", recipient: "555", text: "yo", mid: "m_2", is_echo: true }));
      expect(env.entry).toHaveLength(2);
      expect(await g.sendWebhook(rx.url, env, { retries: 5 })).toEqual({ status: 200, body: "EVENT_RECEIVED", attempts: 3 });
      expect(new Set(rx.received.map((r) => r.raw.toString()))).toHaveProperty("size", 1);
      const once = await startReceiver(() => ({ status: 503 }));
      expect((await g.sendWebhook(once.url, env)).attempts).toBe(1);
      await once.close();
      const forged = await g.sendWebhook(rx.url, env, { signature: "sha256=00" });
      expect(forged.status).toBe(200);
      expect(rx.received.at(-1)?.headers["x-hub-signature-256"]).toBe("sha256=00");
    } finally {
      await rx.close();
    }
  });

  it("batches several feed changes in one entry", () => {
    const env = g.feedCommentChange([
      { verb: "add", comment_id: "1_1", post_id: "111_1" },
      { verb: "hide", comment_id: "1_1", post_id: "111_1", is_hidden: true },
    ]);
    expect(env.entry).toHaveLength(1);
    expect(env.entry[0]?.changes).toHaveLength(2);
  });

  it("performs the hub.challenge handshake", async () => {
    const rx = await startReceiver((r) => {
      const q = new URL(r.url, "http://x").searchParams;
      return q.get("hub.mode") === "subscribe" && q.get("hub.verify_token") === "vt" ? { status: 200, body: q.get("hub.challenge") ?? "" } : { status: 403 };
    });
    try {
      const ok = await g.verifyChallenge(rx.url, "vt");
      expect(ok.status).toBe(200);
      expect(ok.body).toBe(ok.challenge);
      expect(ok.challenge).toMatch(/^\d+$/);
      expect((await g.verifyChallenge(rx.url, "bad")).status).toBe(403);
    } finally {
      await rx.close();
    }
  });
});
