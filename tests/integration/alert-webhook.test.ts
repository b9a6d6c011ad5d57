// Outbound alert webhook: a new alert queues one signed JSON delivery with a Slack-compatible `text`; a failing
// receiver is retried with backoff, every attempt recorded; an alert updated within its episode sends nothing new.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverPendingWebhooks } from "@/lib/alert-webhooks/deliver-webhooks";
import { saveAlertWebhook } from "@/lib/alert-webhooks/save-alert-webhook";
import { alertWebhookInput } from "@/lib/alert-webhooks/schemas";
import { verifySignature } from "@/lib/alert-webhooks/sign-payload";
import { raiseAlert } from "@/lib/radar/raise-alert";
import type { Member } from "@/lib/auth/member";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let server: http.Server;
let url: string;
const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let failNext = 1;
const SECRET = "a-shared-secret-of-some-length";

beforeAll(async () => {
  db = await createTestDatabase();
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      res.statusCode = failNext-- > 0 ? 500 : 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(async () => {
  server?.close();
  await db?.dispose();
});

describe("alert webhook", () => {
  let lead: Member;
  it("delivers a signed alert with retries and records every attempt", async () => {
    const { ws } = await makeWorkspace(db.prisma);
    lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    const cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    await expect(saveAlertWebhook(db.prisma, cm, alertWebhookInput.parse({ url, secret: SECRET }))).rejects.toThrow(/not allow/);
    await saveAlertWebhook(db.prisma, lead, alertWebhookInput.parse({ url, secret: SECRET }));
    const at = new Date();
    const signal = { workspaceId: ws.id, kind: "ME_TOO" as const, scopeKey: "thread-1", title: "5 \"me too\" replies under one post", caseIds: ["c1", "c2"], data: {}, at };
    await db.prisma.$transaction((tx) => raiseAlert(tx, signal));
    await db.prisma.$transaction((tx) => raiseAlert(tx, { ...signal, caseIds: ["c3"], at: new Date(at.getTime() + 60_000) }));
    expect(await db.prisma.alertDelivery.count({ where: { workspaceId: ws.id } })).toBe(1);

    expect(await deliverPendingWebhooks(db.prisma, at)).toBe(0); // the receiver answers 500
    const d = await db.prisma.alertDelivery.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect([d.status, d.attempts, d.lastError]).toEqual(["PENDING", 1, "HTTP 500"]);
    expect(d.nextAttemptAt!.getTime() - at.getTime()).toBe(60_000);
    expect(await deliverPendingWebhooks(db.prisma, new Date(at.getTime() + 30_000))).toBe(0); // not due yet
    expect(await deliverPendingWebhooks(db.prisma, new Date(at.getTime() + 61_000))).toBe(1);
    const sent = await db.prisma.alertDelivery.findFirstOrThrow({ where: { workspaceId: ws.id }, include: { attemptLog: { orderBy: { attempt: "asc" } } } });
    expect(sent.status).toBe("SENT");
    expect(sent.attemptLog.map((a) => [a.attempt, a.httpStatus])).toEqual([[1, 500], [2, 200]]);

    expect(received).toHaveLength(2);
    const last = received[1]!;
    expect(verifySignature(SECRET, last.body, String(last.headers["x-inbox-signature"]))).toBe(true);
    expect(verifySignature("another-secret-entirely", last.body, String(last.headers["x-inbox-signature"]))).toBe(false);
    const payload = JSON.parse(last.body);
    expect(payload.text).toContain("me too");
    expect(payload).toMatchObject({ event: "alert.raised", alert: { kind: "ME_TOO", caseIds: ["c1", "c2"] } });
    expect(last.body).not.toContain(SECRET);
  });

  it("refuses a non-http URL and a short secret", () => {
    expect(alertWebhookInput.safeParse({ url: "file:///etc/passwd", secret: SECRET }).success).toBe(false);
    expect(alertWebhookInput.safeParse({ url, secret: "short" }).success).toBe(false);
  });
});
