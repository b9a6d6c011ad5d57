// Regression (issue 7, item 5): a reply must never go out twice. When the platform's echo of our own reply
// (a webhook) is ingested before the delivery job records the platform id, the job's write used to hit the
// unique key (channel, externalId), was taken for a retryable error, and the reply was sent again.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn } from "../../helpers/channels";
import { comment } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
let graph: FakeGraph;
let proxy: http.Server;
let echoFirst: ((externalId: string, body: string) => Promise<void>) | null = null;

beforeAll(async () => {
  db = await createTestDatabase();
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  // Between the app and the fake Graph API: forwards every call; when Graph answers a reply with its new id,
  // the echo webhook of that reply is ingested before the answer reaches the app (Meta does not promise order).
  proxy = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const upstream = await fetch(graph.url + req.url, {
      method: req.method,
      headers: Object.fromEntries(Object.entries(req.headers).filter(([k]) => k !== "host" && k !== "content-length")) as Record<string, string>,
      ...(chunks.length ? { body: Buffer.concat(chunks) } : {}),
    });
    const text = await upstream.text();
    const sentBody = new URLSearchParams(Buffer.concat(chunks).toString()).get("message") ?? (JSON.parse(Buffer.concat(chunks).toString() || "{}").message as string | undefined);
    if (req.method === "POST" && upstream.ok && echoFirst && sentBody) {
      const id = (JSON.parse(text) as { id?: string }).id;
      if (id) await echoFirst(id, sentBody);
    }
    res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") ?? "application/json" });
    res.end(text);
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
});
afterAll(async () => {
  await new Promise<void>((r) => proxy?.close(() => r()));
  await graph?.close();
  await db?.dispose();
});

describe("a reply whose echo is ingested before the delivery records it", () => {
  it("is sent once, and the echo is the reply itself (no second outbound message)", async () => {
    const viaProxy = { ...graph, url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}` };
    const fb = await facebookChannelOn(db.prisma, viaProxy);
    const postId = `${graph.pageId}_77`;
    graph.addPost({ id: postId, message: "Post" });
    graph.addComment({ id: "77_1", post_id: postId, message: "Toujours rien reçu", from: { id: "42", name: "Claire" } });
    const s = await ingestEvents(db.prisma, fb.channel.id, [
      comment({ externalId: "77_1", body: "Toujours rien reçu", thread: { externalId: postId, kind: "POST" }, author: { platformUserId: "42", name: "Claire" }, platformCreatedAt: new Date(Date.now() - 60_000) }),
    ]);
    const text = "Bonjour Claire, nous regardons votre commande.";
    echoFirst = async (externalId, body) => {
      await ingestEvents(db.prisma, fb.channel.id, [
        comment({ externalId, body, direction: "OUTBOUND", parentExternalId: "77_1", thread: { externalId: postId, kind: "POST" }, author: { platformUserId: graph.pageId, name: "Maison Lumière" }, platformCreatedAt: new Date() }),
      ]);
    };
    const msg = await queueReply(db.prisma, fb.cm, s.caseIds[0]!, { text, visibility: "public" }, async () => undefined);
    // The job runs again as long as it reports a retry (what the worker does), ignoring backoff here.
    for (let i = 0; i < 3; i++) {
      const r = await deliverMessage(db.prisma, msg.id, new Date(Date.now() + i * 3_600_000));
      if (r.outcome !== "retry") break;
    }
    echoFirst = null;
    const posted = graph.requests.filter((r) => r.method === "POST" && r.path.endsWith("/77_1/comments"));
    expect(posted).toHaveLength(1);
    const outbound = await db.prisma.message.findMany({ where: { caseId: s.caseIds[0]!, direction: "OUTBOUND" } });
    expect(outbound).toHaveLength(1);
    expect(outbound[0]!.id).toBe(msg.id);
    expect(outbound[0]!.deliveryStatus).toBe("SENT");
    expect(outbound[0]!.externalId).toBeTruthy();
  });
});
