// pg-boss on the app's own database (PGlite in-process, or PostgreSQL): a queued reply is delivered by the
// worker; replies queued before a restart are delivered once after it.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/open-database";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import type PgBoss from "pg-boss";
import { QUEUES, startBoss } from "@/lib/jobs/boss";
import { enqueuer, registerWorkers } from "@/lib/jobs/workers";
import { queueReply } from "@/lib/outbound/queue-reply";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { comment } from "../../helpers/factories";
import { createTestDatabase, onPostgres } from "../../helpers/test-db";

let graph: FakeGraph;
beforeAll(async () => {
  graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
});
afterAll(() => graph?.close());

const until = (check: () => Promise<boolean>, what: string) => eventually(check, Boolean, 15_000, what);
/** pg-boss has no delivery job left to run (queued, retrying or active): nothing more can be sent. */
const deliveriesDrained = (boss: PgBoss) =>
  eventually(() => boss.getQueueSize(QUEUES.deliver, { before: "completed" }), (n) => n === 0, 15_000, "the delivery queue to drain");

async function caseWithComment(prisma: PrismaClient, commentId: string) {
  const fb = await facebookChannelOn(prisma, graph);
  const postId = `${graph.pageId}_${commentId}9`;
  graph.addPost({ id: postId });
  graph.addComment({ id: commentId, post_id: postId, message: "Colis perdu", from: { id: "51", name: "Léa" } });
  const s = await ingestEvents(prisma, fb.channel.id, [comment({ externalId: commentId, body: "Colis perdu", thread: { externalId: postId, kind: "POST" } })]);
  return { cm: fb.cm, caseId: s.caseIds[0]! };
}

describe("jobs", () => {
  it("a worker delivers a queued reply", async () => {
    const db = await createTestDatabase();
    const boss = await startBoss(db);
    await registerWorkers(boss, db.prisma, { pollingIntervalSeconds: 0.5 });
    const { cm, caseId } = await caseWithComment(db.prisma, "2001");
    const msg = await queueReply(db.prisma, cm, caseId, { text: "Bonjour Léa, on s'en occupe.", visibility: "public" }, enqueuer(boss));
    await until(async () => (await db.prisma.message.findUniqueOrThrow({ where: { id: msg.id } })).deliveryStatus === "SENT", "the reply to be sent");
    await deliveriesDrained(boss);
    expect(graph.comments().filter((c) => c.message === "Bonjour Léa, on s'en occupe.")).toHaveLength(1);
    await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    await db.dispose();
    // A fresh migrated database plus pg-boss's own schema: well over the default 30 s in a loaded full suite.
  }, 120_000);

  it.skipIf(onPostgres)("replies queued before a stop are delivered once after the restart (embedded database)", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "inbox-restart-"));
    const first = await openDatabase({ dataDir: dir });
    const { cm, caseId } = await caseWithComment(first.prisma, "2002");
    const texts = ["Premier message en attente", "Second message en attente"];
    // Queued, but the process "dies" before any job runs (no worker, the enqueue goes nowhere).
    for (const text of texts) await queueReply(first.prisma, cm, caseId, { text, visibility: "public" }, async () => undefined);
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    const boss = await startBoss(second);
    await registerWorkers(boss, second.prisma, { pollingIntervalSeconds: 0.5 });
    await until(async () => (await second.prisma.message.count({ where: { caseId, deliveryStatus: "SENT" } })) === 2, "both replies to be sent");
    await deliveriesDrained(boss);
    for (const text of texts) expect(graph.comments().filter((c) => c.message === text)).toHaveLength(1);
    await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    await second.close();
  }, 120_000);
});
