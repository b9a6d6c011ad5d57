// Self-test of the fake: what it answers has the keys and value types of the documented Google payloads kept
// in tests/fakes/fixtures/google-*.json, so tests against the fake exercise the shapes the connector meets.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeGoogle, type FakeGoogle } from "../../../fakes/fake-google";

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, "../../../fakes/fixtures", name), "utf8")) as unknown;

/** The shape of a JSON value: key → type, recursively; arrays by their first element. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.length ? [shape(v[0])] : [];
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, shape(x)]));
  return typeof v;
}

let fake: FakeGoogle;
beforeEach(async () => {
  fake = await startFakeGoogle();
});
afterEach(() => fake.close());

async function call(method: string, p: string, init: { token?: string; body?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.contentType) headers["content-type"] = init.contentType;
  const res = await fetch(`${fake.url}${p}`, { method, headers, body: init.body });
  return { status: res.status, body: (await res.json()) as unknown };
}

async function token(): Promise<string> {
  const { client } = fake;
  const form = new URLSearchParams({ grant_type: "refresh_token", client_id: client.clientId, client_secret: client.clientSecret, refresh_token: client.refreshToken });
  const res = await call("POST", "/token", { body: form.toString(), contentType: "application/x-www-form-urlencoded" });
  expect(shape(res.body)).toEqual(shape(fixture("google-token.json")));
  return (res.body as { access_token: string }).access_token;
}

describe("fake Google answers in Google's recorded shapes", () => {
  it("token, JWKS and API error", async () => {
    await token();
    expect(shape((await call("GET", "/oauth2/v3/certs")).body)).toEqual(shape(fixture("google-certs.json")));
    const denied = await call("GET", `/v4/${fake.location}/reviews`, { token: "ya29.not-issued" });
    expect(denied.status).toBe(401);
    expect(shape(denied.body)).toEqual(shape(fixture("google-error.json")));
  });

  it("a review with our reply, a translated review, and a review list page", async () => {
    const access = await token();
    fake.addReview({ reviewId: "a1", comment: "Commande en retard.", starRating: 2, reply: { comment: "Désolés." } });
    fake.addReview({ reviewId: "a2", comment: "(Translated by Google) Nice.\n\n(Original)\nSchön.", starRating: 5 });
    const withReply = await call("GET", `/v4/${fake.location}/reviews/a1`, { token: access });
    expect(shape(withReply.body)).toEqual(shape(fixture("google-review-with-reply.json")));
    const translated = await call("GET", `/v4/${fake.location}/reviews/a2`, { token: access });
    expect(shape(translated.body)).toEqual(shape(fixture("google-review-translated.json")));
    const page = await call("GET", `/v4/${fake.location}/reviews?pageSize=1&orderBy=updateTime%20desc`, { token: access });
    const listed = page.body as { reviews: Array<Record<string, unknown>> };
    delete listed.reviews[0]!.reviewReply;
    expect(shape(listed)).toEqual(shape(fixture("google-reviews-list.json")));
  });

  it("a Pub/Sub push body, and its decoded notification", () => {
    const env = fake.pushEnvelope({ type: "NEW_REVIEW", reviewId: "a1" });
    const recorded = fixture("google-pubsub-push.json") as typeof env;
    expect(shape(env)).toEqual(shape(recorded));
    const decode = (e: typeof env) => JSON.parse(Buffer.from(e.message.data, "base64").toString("utf8")) as unknown;
    expect(shape(decode(env))).toEqual(shape(decode(recorded)));
  });
});
