// Self-test of the fake X's v2 Webhooks / Account Activity registry (tests/fakes/x-webhook-registry.ts): what it
// answers has the keys and value types of X's documented responses kept in tests/fakes/fixtures/x-webhooks-*.json
// (each names its docs.x.com page in `_source`), so the connector tests against the fake meet X's wire shapes.
// Sources: https://docs.x.com/x-api/webhooks/introduction, https://docs.x.com/x-api/webhooks/quickstart and
// https://docs.x.com/x-api/account-activity/quickstart. Where X's API reference pages show another shape (PUT
// /2/webhooks/:id answering `attempted`, POST /2/webhooks without `data`), the fixture follows the guides' examples.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeX, type FakeX } from "../../fakes/fake-x";
import { startReceiver } from "./receiver";

const fixture = (name: string): unknown => JSON.parse(readFileSync(path.join(__dirname, "../../fakes/fixtures", name), "utf8")) as unknown;

/** Differences in keys and value types between two JSON values, as readable paths; `_`-keys are fixture notes. */
function shapeDiff(real: unknown, fake: unknown, at = "$"): string[] {
  const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
  if (kind(real) !== kind(fake)) return [`${at}: ${kind(real)} in the docs, ${kind(fake)} in the fake's`];
  if (Array.isArray(real) && Array.isArray(fake)) {
    if (real.length === 0 || fake.length === 0) return real.length === fake.length ? [] : [`${at}: ${real.length ? "non-empty" : "empty"} in the docs, ${fake.length ? "non-empty" : "empty"} in the fake's`];
    return shapeDiff(real[0], fake[0], `${at}[0]`);
  }
  if (kind(real) !== "object") return [];
  const r = real as Record<string, unknown>;
  const f = fake as Record<string, unknown>;
  const out: string[] = [];
  for (const k of new Set([...Object.keys(r), ...Object.keys(f)])) {
    if (k.startsWith("_")) continue;
    if (!(k in r) || !(k in f)) {
      out.push(`${at}.${k}: only in the ${k in r ? "docs" : "fake's"}`);
      continue;
    }
    out.push(...shapeDiff(r[k], f[k], `${at}.${k}`));
  }
  return out;
}

const CONSUMER_SECRET = "shape-test-consumer-secret";
const APP_BEARER = "shape-test-app-bearer";
const USER_BEARER = "shape-test-user-bearer";

let x: FakeX;
let crcOk: Awaited<ReturnType<typeof startReceiver>>;
let crcWrong: Awaited<ReturnType<typeof startReceiver>>;

beforeEach(async () => {
  x = await startFakeX({ consumerSecret: CONSUMER_SECRET, appBearer: APP_BEARER, bearer: USER_BEARER });
  // Our webhook route as X's CRC GET sees it: sha256=base64(HMAC-SHA256(consumer secret, crc_token)).
  crcOk = await startReceiver((r) => {
    const token = new URL(r.url, "http://local").searchParams.get("crc_token") ?? "";
    const response_token = `sha256=${createHmac("sha256", CONSUMER_SECRET).update(token).digest("base64")}`;
    return { status: 200, contentType: "application/json", body: JSON.stringify({ response_token }) };
  });
  crcWrong = await startReceiver(() => ({ status: 200, contentType: "application/json", body: JSON.stringify({ response_token: "sha256=AAAA" }) }));
});
afterEach(async () => {
  await crcOk.close();
  await crcWrong.close();
  await x.close();
});

/** The v2 Webhooks API takes the app-only bearer token; the Account Activity subscription calls the user's. */
async function call(method: "GET" | "POST" | "PUT" | "DELETE", p: string, auth: "app" | "user", json?: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${x.url}${p}`, {
    method,
    headers: { authorization: `Bearer ${auth === "app" ? APP_BEARER : USER_BEARER}`, ...(json === undefined ? {} : { "content-type": "application/json" }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

/** A documented refusal: 400, the standard error object, errors[0].message "<Reason>: <Details>". */
function expectRefusal(res: { status: number; body: unknown }, reason: string) {
  expect(res.status).toBe(400);
  expect(shapeDiff(fixture("x-webhooks-error.json"), res.body)).toEqual([]);
  expect((res.body as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(new RegExp(`^${reason}: `));
}

describe("fake X v2 Webhooks API answers in X's documented shapes", () => {
  it("list (empty and with one webhook), create, validate (PUT) and delete", async () => {
    const empty = await call("GET", "/2/webhooks", "app");
    expect(empty.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-list-empty.json"), empty.body)).toEqual([]);

    const created = await call("POST", "/2/webhooks", "app", { url: crcOk.url });
    expect(created.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-create.json"), created.body)).toEqual([]);
    const id = (created.body as { data: { id: string } }).data.id;
    expect(id).toMatch(/^[0-9]{1,19}$/);

    const listed = await call("GET", "/2/webhooks", "app");
    expect(listed.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-list.json"), listed.body)).toEqual([]);

    const validated = await call("PUT", `/2/webhooks/${id}`, "app");
    expect(validated.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-validate.json"), validated.body)).toEqual([]);

    const deleted = await call("DELETE", `/2/webhooks/${id}`, "app");
    expect(deleted.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-delete.json"), deleted.body)).toEqual([]);
  });

  it("refuses with X's standard error object and the documented reasons", async () => {
    expectRefusal(await call("POST", "/2/webhooks", "app", { url: crcWrong.url }), "CrcValidationFailed");
    expectRefusal(await call("POST", "/2/webhooks", "app", { url: "not a url" }), "UrlValidationFailed");
    const created = await call("POST", "/2/webhooks", "app", { url: crcOk.url });
    expect(created.status).toBe(200);
    expectRefusal(await call("POST", "/2/webhooks", "app", { url: crcOk.url }), "DuplicateUrlFailed");
    // The fake's app is on the one-webhook tier.
    expectRefusal(await call("POST", "/2/webhooks", "app", { url: `${crcOk.url}/other` }), "WebhookLimitExceeded");
    expectRefusal(await call("PUT", "/2/webhooks/1146654567674912769", "app"), "WebhookIdInvalid");
    expectRefusal(await call("DELETE", "/2/webhooks/1146654567674912769", "app"), "WebhookIdInvalid");
  });
});

describe("fake X Account Activity v2 subscriptions answer in X's documented shapes", () => {
  it("check, subscribe, and the documented refusals", async () => {
    const created = await call("POST", "/2/webhooks", "app", { url: crcOk.url });
    const id = (created.body as { data: { id: string } }).data.id;
    const sub = `/2/account_activity/webhooks/${id}/subscriptions/all`;

    const before = await call("GET", sub, "user");
    expect(before.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-subscription-check.json"), before.body)).toEqual([]);
    expect(before.body).toEqual({ data: { subscribed: false } });

    const subscribed = await call("POST", sub, "user", {});
    expect(subscribed.status).toBe(200);
    expect(shapeDiff(fixture("x-webhooks-subscribe.json"), subscribed.body)).toEqual([]);

    const after = await call("GET", sub, "user");
    expect(shapeDiff(fixture("x-webhooks-subscription-check.json"), after.body)).toEqual([]);
    expect(after.body).toEqual({ data: { subscribed: true } });

    expectRefusal(await call("POST", sub, "user", {}), "DuplicateSubscriptionFailed");
    expectRefusal(await call("GET", "/2/account_activity/webhooks/1146654567674912769/subscriptions/all", "user"), "WebhookIdInvalid");
    expectRefusal(await call("POST", "/2/account_activity/webhooks/1146654567674912769/subscriptions/all", "user", {}), "WebhookIdInvalid");
  });
});
