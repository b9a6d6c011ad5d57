// Speed of the draft check on real drafts (issue #19 §6): ten ~1,000-character drafts of varied French and
// English paragraphs, in a case with 50 varied earlier replies. Measured on the SERVER path — the use case of
// POST /api/v1/drafts/check with a caseId (lib/guards/check-draft-for-case.ts: the case, its earlier replies,
// canned replies and settings read from a seeded PGlite database, then the checks) — beside the same route on a
// case with no earlier reply, and the in-memory checks alone (what the composer runs on a keystroke), same run.
// Target: p95 ≤ 20 ms on the server path.
// Run: npx tsx tests/bench/guards-bench.ts  → tests/bench/.output/guards-bench.{json,md}
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Member } from "../../lib/auth/member";
import { openDatabase } from "../../lib/db/open-database";
import { checkDraftForCase } from "../../lib/guards/check-draft-for-case";
import { checkGuards } from "../../lib/guards/check-guards";
import { loadGuardContext } from "../../lib/guards/load-guard-context";
import { grams } from "../../lib/guards/check-duplicate";
import { draftCheckInput } from "../../lib/guards/schemas";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DRAFTS, EARLIER } from "./guards-bench-texts";

const RUNS = 400;
const WARM_UP = 30;

async function seed(prisma: PrismaClient) {
  const ws = await prisma.workspace.create({ data: { slug: "bench-guards", name: "Maison Lumière" } });
  const channel = await prisma.channel.create({ data: { workspaceId: ws.id, kind: "DEMO", platform: "FACEBOOK", externalId: "page-bench", name: "Page" } });
  const user = await prisma.user.create({ data: { email: "cm@bench.test", name: "Camille", passwordHash: "-" } });
  await prisma.membership.create({ data: { workspaceId: ws.id, userId: user.id, role: "COMMUNITY_MANAGER" } });
  const member: Member = { userId: user.id, name: user.name, email: user.email, workspaceId: ws.id, role: "COMMUNITY_MANAGER", via: "session" };
  await prisma.cannedReply.createMany({
    data: EARLIER.slice(0, 12).map((e, i) => ({ workspaceId: ws.id, title: `Modèle ${i + 1}`, body: e.body.replace(/^\S+ \S+,?/, "Bonjour {{first_name}},") })),
  });
  const makeCase = async (n: number, replies: typeof EARLIER) => {
    const contact = await prisma.contact.create({ data: { workspaceId: ws.id, displayName: `Client ${n}` } });
    const identity = await prisma.contactIdentity.create({ data: { contactId: contact.id, channelId: channel.id, platformUserId: `u${n}` } });
    const thread = await prisma.thread.create({ data: { channelId: channel.id, externalId: `post-${n}`, kind: "POST" } });
    const c = await prisma.case.create({
      data: { workspaceId: ws.id, number: n, channelId: channel.id, contactId: contact.id, threadId: thread.id, status: "OPEN", preview: "Colis", openedAt: new Date("2025-12-31T09:00:00Z"), lastMessageAt: new Date("2026-02-20T09:00:00Z") },
    });
    const base = { workspaceId: ws.id, caseId: c.id, channelId: channel.id, threadId: thread.id, visibility: "PUBLIC", kind: "COMMENT" } as const;
    await prisma.message.create({ data: { ...base, direction: "INBOUND", authorIdentityId: identity.id, body: "Toujours pas reçu ma commande, c'est inadmissible", platformCreatedAt: new Date("2025-12-31T09:00:00Z"), externalId: `in-${n}` } });
    await prisma.message.createMany({
      data: replies.map((r, i) => ({ ...base, direction: "OUTBOUND" as const, authorUserId: user.id, body: r.body, platformCreatedAt: r.at, externalId: `out-${n}-${i}`, deliveryStatus: "SENT" as const })),
    });
    return c.id;
  };
  return { member, withReplies: await makeCase(1, EARLIER), noReplies: await makeCase(2, []) };
}

type Stats = { p50: number; p95: number; max: number };

type Draft = (typeof DRAFTS)[number];

async function measure(fn: (draft: Draft) => unknown): Promise<Stats> {
  for (let i = 0; i < WARM_UP; i++) await fn(DRAFTS[i % DRAFTS.length]!); // JIT, regexes, the pool's connections
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const draft = DRAFTS[i % DRAFTS.length]!;
    const t0 = performance.now();
    await fn(draft);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: q(0.5), p95: q(0.95), max: times.at(-1)! };
}

const db = await openDatabase({ dataDir: "memory://" });
try {
  const { member, withReplies, noReplies } = await seed(db.prisma);
  const server = (caseId: string) => (d: Draft) =>
    checkDraftForCase(db.prisma, member, draftCheckInput.parse({ caseId, text: d.text, visibility: "public", locale: d.locale }), "fr");
  const ctx = { visibility: "public" as const, earlierReplies: EARLIER, firstAnswer: false };
  const earlierGrams = EARLIER.map((e) => grams(e.body));
  const rows: Record<string, Stats> = {
    "server: POST /drafts/check, case with 50 earlier replies": await measure(server(withReplies)),
    "server: POST /drafts/check, case with no earlier reply": await measure(server(noReplies)),
    // Where the server's time goes: the reads alone (what the route adds to the in-memory checks).
    "server: reads only (case + loadGuardContext), 50 earlier replies": await measure(async () => {
      const c = await db.prisma.case.findFirstOrThrow({ where: { id: withReplies }, select: { id: true, workspaceId: true, contactId: true, threadId: true } });
      return loadGuardContext(db.prisma, c, c.workspaceId);
    }),
    "in memory: checks only, 50 earlier replies (5-grams computed)": await measure((d) => checkGuards(d.text, { ...ctx, locale: d.locale })),
    "in memory: composer, 50 earlier replies (5-grams cached)": await measure((d) => checkGuards(d.text, { ...ctx, locale: d.locale, earlierGrams })),
  };
  const target = rows["server: POST /drafts/check, case with 50 earlier replies"]!.p95;
  const md = [
    `Drafts: ${DRAFTS.length} different texts of ${Math.min(...DRAFTS.map((d) => d.text.length))}–${Math.max(...DRAFTS.map((d) => d.text.length))} characters (FR and EN); ` +
      `earlier replies: ${EARLIER.length} different ones; database: PGlite in memory, seeded; runs: ${RUNS} per row (after ${WARM_UP} warm-up).`,
    "",
    "| measure | p50 ms | p95 ms | max ms |",
    "|---|---|---|---|",
    ...Object.entries(rows).map(([k, r]) => `| ${k} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.max.toFixed(2)} |`),
    "",
    `Target p95 ≤ 20 ms on the server path with 50 earlier replies: ${target <= 20 ? "met" : "NOT met"} (${target.toFixed(2)} ms).`,
  ].join("\n");
  console.log(md);
  const dir = join(import.meta.dirname, ".output");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "guards-bench.json"), JSON.stringify({ drafts: DRAFTS.length, earlier: EARLIER.length, runs: RUNS, rows }, null, 2));
  writeFileSync(join(dir, "guards-bench.md"), md + "\n");
} finally {
  await db.close();
}
