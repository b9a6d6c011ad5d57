// The fake answers in YouTube's documented shapes: its responses have the keys and value types of the real
// payloads kept in tests/fakes/fixtures (a thread with replies, a held thread, comments.insert, quotaExceeded).
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FakeYoutube } from "../../../fakes/fake-youtube";
import { customer, other, startYoutube } from "./helpers";

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, "../../../fakes/fixtures", name), "utf8")) as unknown;

/** Keys present in some payloads and not others (owner-only fields, reply-only fields, the last page). */
const OPTIONAL = new Set(["moderationStatus", "parentId", "nextPageToken", "replies"]);

/** Differences in keys and value types between two JSON values, as readable paths. */
function shapeDiff(real: unknown, fake: unknown, at = "$"): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
  if (kind(real) !== kind(fake)) return [`${at}: ${kind(real)} in the real payload, ${kind(fake)} in the fake's`];
  if (Array.isArray(real) && Array.isArray(fake)) return real.length > 0 && fake.length > 0 ? shapeDiff(real[0], fake[0], `${at}[0]`) : [];
  if (kind(real) !== "object") return [];
  const r = real as Record<string, unknown>;
  const f = fake as Record<string, unknown>;
  const out: string[] = [];
  for (const k of new Set([...Object.keys(r), ...Object.keys(f)])) {
    if (!(k in r) || !(k in f)) {
      if (!OPTIONAL.has(k)) out.push(`${at}.${k}: only in the ${k in r ? "real payload" : "fake's"}`);
      continue;
    }
    out.push(...shapeDiff(r[k], f[k], `${at}.${k}`));
  }
  return out;
}

let fake: FakeYoutube;
let token: string;
beforeEach(async () => {
  ({ fake } = await startYoutube({ quotaLimit: 52 }));
  const res = await fetch(`${fake.url}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "refresh_token", client_id: "1234567890-test.apps.googleusercontent.com", client_secret: "GOCSPX-test-client-secret", refresh_token: "1//0owner-refresh-token-for-tests" }),
  });
  token = ((await res.json()) as { access_token: string }).access_token;
});
afterEach(() => fake.close());

async function call(method: "GET" | "POST", pathAndQuery: string, json?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${fake.url}/youtube/v3${pathAndQuery}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(json ? { "content-type": "application/json" } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

describe("fake YouTube payload shapes", () => {
  it("matches a real commentThreads page with replies, a held thread, a comments.insert answer and quotaExceeded", async () => {
    fake.addVideo({ id: "wtLJPvx7-ys", title: "Unboxing" });
    const top = fake.addComment({ videoId: "wtLJPvx7-ys", text: "Still waiting & nobody answers", author: customer });
    fake.addReply({ parentId: top.id, text: "Same here", author: other });
    fake.addComment({ videoId: "wtLJPvx7-ys", text: "An older one", author: other, publishedAt: "2024-01-01T00:00:00Z" });
    fake.addComment({ videoId: "wtLJPvx7-ys", text: "free gift cards", author: other, held: "review" });
    const q = `allThreadsRelatedToChannelId=${fake.channelId}&part=snippet,replies&order=time&maxResults=1`;

    const page = await call("GET", `/commentThreads?${q}`);
    expect(page.status).toBe(200);
    expect(shapeDiff(fixture("youtube-comment-thread.json"), page.body)).toEqual([]);
    expect(page.body).toHaveProperty("nextPageToken");

    const held = await call("GET", `/commentThreads?${q}&moderationStatus=heldForReview`);
    expect(shapeDiff(fixture("youtube-held-thread.json"), held.body)).toEqual([]);

    const inserted = await call("POST", "/comments?part=snippet", { snippet: { parentId: top.id, textOriginal: "We are on it" } });
    expect(inserted.status).toBe(200);
    expect(shapeDiff(fixture("youtube-comment-insert.json"), inserted.body)).toEqual([]);

    // 52 units a day: two list pages (1 each) and the insert (50) spent them all; the next page is refused.
    const over = await call("GET", `/commentThreads?${q}`);
    expect(over.status).toBe(403);
    expect(over.body).toEqual(fixture("youtube-quota-exceeded.json"));
  });
});
