// Outbound alert webhook: a new alert queues one signed JSON delivery with a Slack-compatible `text`; a failing
// receiver is retried with backoff, every attempt recorded; an alert updated within its episode sends nothing new.
// The minute job's SLA breach reaches the receiver the same way, as `sla.breached`, once per episode.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { deliverPendingWebhooks } from "@/lib/alert-webhooks/deliver-webhooks";
import { saveAlertWebhook } from "@/lib/alert-webhooks/save-alert-webhook";
import { alertWebhookInput } from "@/lib/alert-webhooks/schemas";
import { verifySignature } from "@/lib/alert-webhooks/sign-payload";
import { runLeadMinute } from "@/lib/radar/lead-jobs";
import { raiseAlert } from "@/lib/radar/raise-alert";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
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

  it("the minute job sends an SLA breach once, signed, retrying a failed attempt on the next minute", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    const lead2 = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    await saveAlertWebhook(db.prisma, lead2, alertWebhookInput.parse({ url, secret: SECRET }));
    // Monday 23 November 2026, 15:00 UTC; no SLA policy: first response due within 60 minutes.
    const t0 = Date.parse("2026-11-23T15:00:00Z");
    const s = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "sla-hook", body: "Bonjour, une question sur ma commande", thread: { externalId: "sla-hook-post", kind: "POST" }, author: { platformUserId: "sla-hook", name: "Nadia" }, platformCreatedAt: new Date(t0) })]);
    const caseId = s.caseIds[0]!;
    const c = await db.prisma.case.update({ where: { id: caseId }, data: { priority: "URGENT" } });
    expect(c.slaDueAt?.toISOString()).toBe(new Date(t0 + 3_600_000).toISOString());
    expect(await db.prisma.alertDelivery.count({ where: { workspaceId: ws.id } })).toBe(0);
    const now = c.slaDueAt!.getTime() + 30_000;
    const before = received.length;
    failNext = 1;

    await runLeadMinute(db.prisma, new Date(now)); // raises the alert, queues and tries the delivery: 500
    const alert = await db.prisma.alert.findFirstOrThrow({ where: { workspaceId: ws.id, kind: "SLA_BREACH" } });
    const first = await db.prisma.alertDelivery.findFirstOrThrow({ where: { workspaceId: ws.id } });
    expect([first.event, first.status, first.attempts, first.lastError]).toEqual(["sla.breached", "PENDING", 1, "HTTP 500"]);
    expect(received).toHaveLength(before + 1);

    await runLeadMinute(db.prisma, new Date(now + 61_000)); // the next minute: same episode, the retry goes through
    expect(await db.prisma.alert.count({ where: { workspaceId: ws.id } })).toBe(1);
    expect(await db.prisma.alertDelivery.count({ where: { workspaceId: ws.id } })).toBe(1);
    const d = await db.prisma.alertDelivery.findFirstOrThrow({ where: { workspaceId: ws.id }, include: { attemptLog: { orderBy: { attempt: "asc" } } } });
    expect([d.status, d.attempts]).toEqual(["SENT", 2]);
    expect(d.attemptLog.map((a) => [a.attempt, a.httpStatus])).toEqual([[1, 500], [2, 200]]);
    expect(received).toHaveLength(before + 2);

    const last = received.at(-1)!;
    expect(last.headers["x-inbox-delivery"]).toBe(d.id);
    expect(verifySignature(SECRET, last.body, String(last.headers["x-inbox-signature"]))).toBe(true);
    expect(verifySignature("another-secret-entirely", last.body, String(last.headers["x-inbox-signature"]))).toBe(false);
    const payload = JSON.parse(last.body);
    expect(payload).toMatchObject({ event: "sla.breached", alert: { id: alert.id, kind: "SLA_BREACH", caseIds: [caseId] } });
    expect(payload.text).toContain(`⏰ Case #${c.number} (URGENT) is past its SLA (1 case)`);
    expect(last.body).not.toContain(SECRET);

    await runLeadMinute(db.prisma, new Date(now + 121_000)); // nothing new to send
    expect(received).toHaveLength(before + 2);
    expect(await db.prisma.alertDelivery.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("refuses a non-http URL and a short secret", () => {
    expect(alertWebhookInput.safeParse({ url: "file:///etc/passwd", secret: SECRET }).success).toBe(false);
    expect(alertWebhookInput.safeParse({ url, secret: "short" }).success).toBe(false);
  });
});
