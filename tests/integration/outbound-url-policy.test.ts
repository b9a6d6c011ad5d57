// Issue #20 items 4–5: one outbound-URL policy for every call the server makes to a URL a user chose. The attacks
// as reported: a lead points the alert webhook at a loopback port and reads each attempt's status back from the
// delivery log; a Graph or X base URL answers 302 to another address and the connector follows it; `[::127.0.0.1]`
// and `[2002:7f00:1::]` (6to4 of 127.0.0.1) pass the address check; a host that resolves publicly when saved
// and privately later (DNS rebinding) is called anyway.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingWebhooks } from "@/lib/alert-webhooks/deliver-webhooks";
import { saveAlertWebhook } from "@/lib/alert-webhooks/save-alert-webhook";
import { alertWebhookInput } from "@/lib/alert-webhooks/schemas";
import { assertPublicApiBaseUrl } from "@/lib/channels/check-api-base-url";
import { ConnectorError } from "@/lib/connectors/connector";
import { resolveOptions } from "@/lib/connectors/facebook/config";
import { graphClient } from "@/lib/connectors/facebook/graph-client";
import { xFetch } from "@/lib/connectors/x/http";
import { seal } from "@/lib/crypto/secret-box";
import { outboundFetch } from "@/lib/security/outbound-fetch";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
const hits = { target: 0, internal: 0 };
let target: http.Server;
let internal: http.Server;
let targetUrl: string;
let internalUrl: string;

async function listen(name: keyof typeof hits, handler: http.RequestListener): Promise<[http.Server, string]> {
  const s = http.createServer((req, res) => {
    hits[name]++;
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  return [s, `http://127.0.0.1:${(s.address() as AddressInfo).port}`];
}

/** Runs `fn` under the production policy (no CONNECTOR_ALLOW_PRIVATE_URLS), as a deployed app would. */
async function strictly<T>(fn: () => Promise<T>): Promise<T> {
  const saved = process.env.CONNECTOR_ALLOW_PRIVATE_URLS;
  delete process.env.CONNECTOR_ALLOW_PRIVATE_URLS;
  try {
    return await fn();
  } finally {
    process.env.CONNECTOR_ALLOW_PRIVATE_URLS = saved;
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  [internal, internalUrl] = await listen("internal", (_req, res) => res.end(JSON.stringify({ data: [], secret: "internal" })));
  // A "platform" that sends every call elsewhere, as a hostile or compromised base URL would.
  [target, targetUrl] = await listen("target", (req, res) => {
    res.writeHead(302, { location: `${internalUrl}${req.url}` }).end();
  });
});
afterAll(async () => {
  target?.close();
  internal?.close();
  await db?.dispose();
});

describe("alert webhook to an internal address (item 4)", () => {
  it("refuses to save http://127.0.0.1:<port>/… with 400 private_url", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    const input = alertWebhookInput.parse({ url: `${internalUrl}/admin`, secret: "a-shared-secret-of-some-length" });
    await strictly(() => expect(saveAlertWebhook(db.prisma, lead, input)).rejects.toMatchObject({ status: 400, code: "private_url" }));
    for (const url of ["https://127.0.0.1:9/x", "https://[::127.0.0.1]/x", "https://169.254.169.254/latest", "https://intranet.local/x"]) {
      const parsed = alertWebhookInput.parse({ url, secret: "a-shared-secret-of-some-length" });
      await strictly(() => expect(saveAlertWebhook(db.prisma, lead, parsed), url).rejects.toMatchObject({ code: "private_url" }));
    }
    expect(await db.prisma.alertWebhook.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("a stored webhook that points inside is never contacted when an alert is delivered, and the log reads back nothing", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    // Saved before the check existed, or through a name that resolved publicly then.
    const hook = await db.prisma.alertWebhook.create({
      data: { workspaceId: ws.id, url: `${internalUrl}/admin`, active: true, secretCiphertext: seal("a-shared-secret-of-some-length") },
    });
    await db.prisma.alertDelivery.create({
      data: { workspaceId: ws.id, webhookId: hook.id, event: "alert.raised", payload: { text: "x" }, status: "PENDING", nextAttemptAt: new Date() },
    });
    const before = hits.internal;
    expect(await strictly(() => deliverPendingWebhooks(db.prisma, new Date()))).toBe(0);
    expect(hits.internal).toBe(before);
    const attempt = await db.prisma.alertDeliveryAttempt.findFirstOrThrow({ where: { delivery: { workspaceId: ws.id } } });
    expect(attempt.httpStatus).toBeNull();
    expect(attempt.error).toMatch(/^(https only|127\.0\.0\.1 is not a public address)$/);
  });

  it("a receiver answering 302 is not followed: the attempt fails and the other address gets nothing", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    const hook = await db.prisma.alertWebhook.create({
      data: { workspaceId: ws.id, url: `${targetUrl}/hook`, active: true, secretCiphertext: seal("a-shared-secret-of-some-length") },
    });
    await db.prisma.alertDelivery.create({
      data: { workspaceId: ws.id, webhookId: hook.id, event: "alert.raised", payload: { text: "x" }, status: "PENDING", nextAttemptAt: new Date() },
    });
    const before = { ...hits };
    expect(await deliverPendingWebhooks(db.prisma, new Date())).toBe(0); // local fakes allowed: only the redirect is at stake
    expect([hits.target - before.target, hits.internal - before.internal]).toEqual([1, 0]);
    const attempt = await db.prisma.alertDeliveryAttempt.findFirstOrThrow({ where: { delivery: { workspaceId: ws.id } } });
    expect(attempt.error).toMatch(/redirect not followed \(HTTP 302\)/);
  });
});

describe("connectors follow no redirect and re-check the address at every call (item 5)", () => {
  const fb = { pageAccessToken: "EAAB" + "x".repeat(40), appSecret: "s".repeat(32), verifyToken: "verify-token-1" };
  const xs = { consumerKey: "ck", consumerSecret: "cs", accessToken: "at", accessTokenSecret: "ats" };

  it("Graph: a 302 from the base URL is a final error, the redirect target is never called", async () => {
    const before = { ...hits };
    const client = graphClient({ id: "c1", externalId: "1", apiBaseUrl: targetUrl, secrets: fb }, resolveOptions());
    const err = await client.get(client.url(["1", "feed"])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ retryable: false, message: expect.stringMatching(/redirect not followed \(HTTP 302\)/) });
    expect([hits.target - before.target, hits.internal - before.internal]).toEqual([1, 0]);
  });

  it("X: a 302 from the base URL is a final error, the redirect target is never called", async () => {
    const before = { ...hits };
    const err = await xFetch({ id: "c2", externalId: "2", apiBaseUrl: targetUrl, secrets: xs }, { method: "GET", path: "/2/users/2/mentions" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorError);
    expect(err).toMatchObject({ retryable: false, message: expect.stringMatching(/redirect not followed/) });
    expect([hits.target - before.target, hits.internal - before.internal]).toEqual([1, 0]);
  });

  it("a channel whose stored base URL is internal is refused at request time, without a connection", async () => {
    const before = hits.internal;
    const client = graphClient({ id: "c3", externalId: "3", apiBaseUrl: internalUrl, secrets: fb }, resolveOptions());
    const err = await strictly(() => client.get(client.url(["3", "feed"])).catch((e: unknown) => e));
    expect(err).toMatchObject({ retryable: false, message: expect.stringMatching(/refused/) });
    const xErr = await strictly(() => xFetch({ id: "c4", externalId: "4", apiBaseUrl: internalUrl, secrets: xs }, { method: "GET", path: "/2/x" }).catch((e: unknown) => e));
    expect(xErr).toMatchObject({ retryable: false, message: expect.stringMatching(/refused/) });
    expect(hits.internal).toBe(before);
  });
});

describe("the address check", () => {
  const resolve = async (h: string) => (h === "graph.example.com" ? ["157.240.1.1"] : []);
  it.each([
    "https://[::127.0.0.1]", "https://[2002:7f00:1::]", "https://[::ffff:7f00:1]", "https://[::ffff:0:7f00:1]", "https://[64:ff9b::a00:1]",
    "https://[64:ff9b:1::1]", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]", "https://[fec0::1]", "https://[ff02::1]", "https://[::]",
    "https://0.0.0.0", "https://[2002:a9fe:a9fe::]", "https://224.0.0.1", "https://255.255.255.255", "https://100.64.0.1",
  ])("refuses %s (an IPv4-in-IPv6 form of a private address, or a reserved range)", async (url) => {
    await expect(assertPublicApiBaseUrl(url, { allowPrivate: false, resolve })).rejects.toMatchObject({ code: "private_url", status: 400 });
  });

  it("still accepts public addresses, also when written as IPv6", async () => {
    for (const url of ["https://graph.example.com", "https://157.240.1.1", "https://[2a03:2880:f12f:83:face:b00c:0:25de]", "https://[2002:9df0:101::]"]) {
      await expect(assertPublicApiBaseUrl(url, { allowPrivate: false, resolve }), url).resolves.toBeUndefined();
    }
  });
});

describe("DNS rebinding", () => {
  it("a name that resolves privately at request time is refused, whatever it resolved to when saved", async () => {
    let answer = "157.240.1.1";
    const resolve = async () => [{ address: answer, family: 4 as const }];
    await expect(assertPublicApiBaseUrl("https://rebind.example.com", { allowPrivate: false, resolve: async () => [answer] })).resolves.toBeUndefined();
    answer = "127.0.0.1";
    const before = hits.internal;
    await expect(outboundFetch("https://rebind.example.com/", {}, { allowPrivate: false, resolve })).rejects.toThrow(/not public/);
    // One private address among public ones is enough.
    const mixed = async () => [{ address: "157.240.1.1", family: 4 as const }, { address: "10.0.0.7", family: 4 as const }];
    await expect(outboundFetch("https://mixed.example.com/", {}, { allowPrivate: false, resolve: mixed })).rejects.toThrow(/not public/);
    expect(hits.internal).toBe(before);
  });

  it("the connection goes to the address that was checked: one lookup per request, its answer is what is dialled", async () => {
    let lookups = 0;
    const port = new URL(internalUrl).port;
    const resolve = async () => (lookups++, [{ address: "127.0.0.1", family: 4 as const }]);
    // `.test` names resolve nowhere: reaching the server proves the socket used the checked answer.
    const res = await outboundFetch(`http://platform.test:${port}/v`, {}, { allowPrivate: true, resolve });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ secret: "internal" });
    expect(lookups).toBe(1);
  });
});
