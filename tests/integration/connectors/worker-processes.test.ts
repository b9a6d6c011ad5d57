// `npm run worker` on PostgreSQL: two worker processes share the queue and no reply is sent twice.
import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { QUEUES, startBoss } from "@/lib/jobs/boss";
import { enqueuer } from "@/lib/jobs/workers";
import { queueReply } from "@/lib/outbound/queue-reply";
import { startFakeGraph, type FakeGraph } from "../../fakes/fake-graph";
import { facebookChannelOn } from "../../helpers/channels";
import { eventually } from "../../helpers/eventually";
import { comment } from "../../helpers/factories";
import { createTestDatabase, onPostgres, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
let graph: FakeGraph;
const workers: ChildProcess[] = [];

describe.skipIf(!onPostgres)("worker processes", () => {
  beforeAll(async () => {
    db = await createTestDatabase();
    graph = await startFakeGraph({ appSecret: "app-secret-for-tests" });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : (w.once("exit", r), w.kill("SIGKILL"))))));
    await graph?.close();
    await db?.dispose();
  });

  it("two workers deliver six replies, each exactly once", async () => {
    for (let i = 0; i < 2; i++) {
      // One process (`node --import tsx`): the afterAll's SIGKILL through tsx's launcher would leave the worker running.
      const w = spawn(process.execPath, ["--import", "tsx", "lib/cli/worker.ts"], {
        env: { ...process.env, DATABASE_URL: db.url },
        stdio: ["ignore", "pipe", "inherit"],
      });
      workers.push(w);
      await new Promise<void>((resolve, reject) => {
        w.stdout!.on("data", (d: Buffer) => d.toString().includes("running") && resolve());
        w.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
      });
    }
    const fb = await facebookChannelOn(db.prisma, graph);
    const boss = await startBoss(db);
    const enqueue = enqueuer(boss);
    const texts: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = `88_${i}`;
      const postId = `${graph.pageId}_88`;
      graph.addPost({ id: postId });
      graph.addComment({ id, post_id: postId, message: `Client ${i}`, from: { id: `80${i}`, name: `Client ${i}` } });
      const s = await ingestEvents(db.prisma, fb.channel.id, [comment({ externalId: id, body: `Client ${i}`, thread: { externalId: postId, kind: "POST" }, author: { platformUserId: `80${i}`, name: `Client ${i}` } })]);
      const text = `Réponse numéro ${i}`;
      texts.push(text);
      const m = await queueReply(db.prisma, fb.cm, s.caseIds[0]!, { text, visibility: "public" }, enqueue);
      await enqueue(m.id); // a duplicate job on purpose: claiming must make it harmless
    }
    await eventually(() => db.prisma.message.count({ where: { direction: "OUTBOUND", deliveryStatus: "SENT" } }), (n) => n === 6, 30_000, "six replies sent");
    // A duplicate job may still be queued or running in either worker: the count is final only once the queue
    // has nothing left that could send (it used to be "1.5 s later").
    await eventually(() => boss.getQueueSize(QUEUES.deliver, { before: "completed" }), (n) => n === 0, 30_000, "the delivery queue to drain");
    for (const t of texts) expect(graph.comments().filter((c) => c.message === t)).toHaveLength(1);
    await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    // Two `tsx` processes compile and boot before any work: on a busy 2-core runner that alone took the default 30 s.
  }, 120_000);
});
