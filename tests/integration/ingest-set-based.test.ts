// Set-based ingestion (lib/ingest/ingest-inbound-run.ts) must leave exactly what one-by-one ingestion leaves.
// A generated stream (authors who rename, public posts, DMs, replies to earlier messages of the stream and of
// the history, repeated deliveries) is ingested twice from the same history: as ONE batch through the real
// pipeline, and message by message through the per-event path (ingest-message.ts, each in its own
// transaction). Cases, messages, identities and audit trails are compared field by field.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { InboundMessage } from "@/lib/connectors/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CaseStatus } from "@/lib/generated/prisma/enums";
import { ingestForChannel } from "@/lib/ingest/ingest-events";
import { prepareEvents } from "@/lib/ingest/ingest-batch";
import { scoreMessages } from "@/lib/scoring/score-after-ingest";
import { comment, makeWorkspace } from "../helpers/factories";
import { ingestOneByOne } from "../helpers/ingest-one-by-one";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await createTestDatabase();
  prisma = db.prisma;
});
afterAll(() => db?.dispose());

/** mulberry32: the same stream on every run. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Bodies of every tone, so scores, signals and priority raises differ between cases.
const TONES = [
  "colis toujours pas livré", "merci beaucoup, service parfait", "c'est une honte, je contacte mon avocat",
  "URGENT : débité deux fois, remboursez-moi immédiatement", "scandaleux, plus jamais chez vous",
];

function stream(seed: number, count: number, prefix: string, startMin: number, earlier: InboundMessage[] = []): InboundMessage[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: InboundMessage[] = [];
  let min = startMin;
  for (let i = 0; i < count; i++) {
    min += Math.floor(r() * 4);
    const pool = [...earlier, ...out];
    if (pool.length > 0 && r() < 0.08) {
      out.push(pick(pool)); // a repeated delivery
      continue;
    }
    const u = 1 + Math.floor(r() * 7);
    const author = { platformUserId: `u${u}`, name: u === 3 && min > startMin + 60 ? "Yvan A. (renamed)" : `Author ${u}`, ...(u === 5 ? { followerCount: 1000 + i } : {}) };
    const at = new Date(Date.UTC(2026, 10, 20, 8, min, i % 60));
    const base = { externalId: `${prefix}${i}`, body: `Message ${prefix}${i} : ${pick(TONES)}, commande ${i}`, author, platformCreatedAt: at };
    const roll = r();
    if (roll < 0.2) {
      out.push({ ...comment(base), kind: "DM", visibility: "PRIVATE", thread: { externalId: `dm-u${u}`, kind: "DM_CONVERSATION" } });
    } else if (roll < 0.4 && pool.some((m) => m.visibility === "PUBLIC")) {
      const parent = pick(pool.filter((m) => m.visibility === "PUBLIC"));
      out.push(comment({ ...base, parentExternalId: parent.externalId, thread: parent.thread }));
    } else {
      const post = 1 + Math.floor(r() * 3);
      out.push(comment({ ...base, thread: { externalId: `post-${post}`, kind: "POST", ...(r() < 0.3 ? { text: `Post ${post}`, permalink: `https://fb.test/${post}` } : {}) } }));
    }
  }
  return out;
}

const oneByOne = (channel: { id: string; workspaceId: string }, events: InboundMessage[]) => ingestOneByOne(prisma, channel, events);

async function snapshot(workspaceId: string) {
  const cases = await prisma.case.findMany({
    where: { workspaceId }, orderBy: { number: "asc" },
    include: { thread: true, contact: { include: { identities: true } } },
  });
  const number = new Map(cases.map((c) => [c.id, c.number]));
  const messages = await prisma.message.findMany({ where: { workspaceId }, include: { parent: true, thread: true, authorIdentity: true }, orderBy: { externalId: "asc" } });
  const audits = await prisma.auditEvent.findMany({ where: { workspaceId }, orderBy: { id: "asc" } });
  return {
    cases: cases.map((c) => ({
      number: c.number, status: c.status, reopenCount: c.reopenCount, thread: c.thread?.externalId, preview: c.preview, language: c.language,
      author: c.contact.identities.map((i) => [i.platformUserId, i.name, i.followerCount]), contact: c.contact.displayName,
      openedAt: c.openedAt, lastMessageAt: c.lastMessageAt, lastInboundAt: c.lastInboundAt, resolvedAt: c.resolvedAt,
      // A confirmation closes a case at the time it is ingested: only whether it is set can match.
      closedAt: c.closedAt && "set", confirmation: c.confirmation, confirmedAt: c.confirmedAt, csat: c.csat,
      firstResponseDueAt: c.firstResponseDueAt, resolutionDueAt: c.resolutionDueAt, slaDueAt: c.slaDueAt,
      sentiment: c.sentiment, urgency: c.urgency, priority: c.priority,
    })),
    messages: messages.map((m) => ({
      ext: m.externalId, case: number.get(m.caseId), parent: m.parent?.externalId ?? null, parentExt: m.parentExternalId, thread: m.thread?.externalId,
      author: m.authorIdentity?.platformUserId, body: m.body, kind: m.kind, visibility: m.visibility, language: m.language, at: m.platformCreatedAt,
      sentiment: m.sentiment, urgency: m.urgency,
    })),
    audits: audits.map((a) => {
      const d = a.data as Record<string, unknown>;
      return [a.action, number.get(a.caseId ?? ""), a.entityType, d.from ?? null, d.to ?? null, d.reason ?? null, d.externalId ?? null, d.number ?? null];
    }),
    // The search: the same words (positions differ: one statement adds a case's messages together).
    search: await prisma.$queryRaw<{ number: number; lexemes: string[] }[]>`
      SELECT number, tsvector_to_array(search) AS lexemes FROM cases WHERE "workspaceId" = ${workspaceId} ORDER BY number`,
    threads: (await prisma.thread.findMany({ where: { channel: { workspaceId } }, orderBy: { externalId: "asc" } })).map((t) => [t.externalId, t.text, t.permalink]),
  };
}

/** A satisfaction question on the case, delivered (only a delivered question can be answered: issue #18). */
async function deliveredQuestion(caseId: string) {
  const c = await prisma.case.findUniqueOrThrow({ where: { id: caseId }, include: { messages: { where: { direction: "INBOUND" }, orderBy: [{ platformCreatedAt: "asc" }, { externalId: "asc" }], take: 1 } } });
  const on = c.messages[0]!;
  const q = await prisma.message.create({
    data: {
      workspaceId: c.workspaceId, caseId, channelId: on.channelId, threadId: on.threadId, parentId: on.id, parentExternalId: on.externalId,
      direction: "OUTBOUND", visibility: "PUBLIC", kind: "COMMENT", body: "Votre demande est-elle réglée ?", platformCreatedAt: c.lastMessageAt,
      deliveryStatus: "SENT", deliveredAt: c.lastMessageAt, externalId: `check-${c.number}`,
    },
  });
  await prisma.auditEvent.create({ data: { workspaceId: c.workspaceId, action: "SATISFACTION_CHECK_SENT", actorKind: "SYSTEM", caseId, entityType: "message", entityId: q.id } });
}

it("a batch of 120 customer messages leaves what ingesting them one by one leaves", async () => {
  const history = stream(7, 30, "h", 0);
  const live = stream(11, 120, "m", 200, history);
  const a = await makeWorkspace(prisma);
  const b = await makeWorkspace(prisma);
  for (const w of [a, b]) {
    await oneByOne(w.channel, history);
    // Some cases were worked on meanwhile: every status a customer's new message can meet; some resolved or
    // closed ones await the customer's word on a satisfaction check (a "merci, service parfait" confirms them).
    const statuses: CaseStatus[] = ["RESOLVED", "WAITING_ON_CUSTOMER", "CLOSED", "OPEN", "ESCALATED", "RESOLVED", "CLOSED"];
    const cases = await prisma.case.findMany({ where: { workspaceId: w.ws.id }, orderBy: { number: "asc" } });
    for (const [i, c] of cases.entries()) {
      const status = statuses[i % statuses.length]!;
      const pending = i % statuses.length >= 5;
      await prisma.case.update({ where: { id: c.id }, data: { status, ...(pending ? { confirmation: "PENDING" as const } : {}) } });
      if (pending) await deliveredQuestion(c.id);
    }
  }
  const { summary } = await ingestForChannel(prisma, a.channel, prepareEvents(live));
  expect(summary.failed).toEqual([]);
  await oneByOne(b.channel, live);
  // The scoring handler after both: set-based ingestion stored the live messages' scores with the rows, the
  // one-by-one path left them to the handler; the end state (scores, priorities, their audit) must match.
  for (const w of [a, b]) {
    const inbound = await prisma.message.findMany({ where: { workspaceId: w.ws.id, direction: "INBOUND" }, select: { id: true } });
    await scoreMessages(prisma, inbound.map((m) => m.id));
  }

  const [sa, sb] = [await snapshot(a.ws.id), await snapshot(b.ws.id)];
  expect(sa.cases.length).toBeGreaterThan(10);
  expect(sa.audits.filter((x) => x[0] === "CASE_REOPENED").length).toBeGreaterThan(0);
  expect(sa.audits.filter((x) => x[0] === "CASE_STATUS_CHANGED").length).toBeGreaterThan(0);
  expect(sa.audits.filter((x) => x[0] === "CUSTOMER_CONFIRMED").length).toBeGreaterThan(0);
  expect(summary.duplicates).toBeGreaterThan(0);
  expect(new Set(sa.cases.map((c) => c.sentiment)).size).toBeGreaterThan(1);
  expect(sa.cases).toEqual(sb.cases);
  expect(sa.messages).toEqual(sb.messages);
  expect(sa.threads).toEqual(sb.threads);
  expect(sa.search.every((c) => c.lexemes.length > 3)).toBe(true);
  expect(sa.search).toEqual(sb.search);
  expect(sa.audits).toEqual(sb.audits);
});
