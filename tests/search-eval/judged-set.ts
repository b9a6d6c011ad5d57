// The judged search set (judged-set.json, issue #24): 224 cases and 141 queries written by a helper that never
// saw the search code, each query with every case a community manager expects it to find. Queries are split
// into halves by family (the idea a query tests), so no idea is on both sides: the development half may be
// looked at while tuning; the test half is only ever read as aggregate figures.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { correctTypos } from "@/lib/search/correct-typos";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";

const judgedSet = z.object({
  cases: z.array(z.object({
    key: z.string(), platform: z.enum(["FACEBOOK", "X", "INSTAGRAM"]), author: z.string(), handle: z.string(),
    language: z.enum(["fr", "en"]), messages: z.array(z.string()).min(1), answered: z.boolean(), csat: z.number().int().min(1).max(5).nullable(),
  })),
  queries: z.array(z.object({
    id: z.string(), family: z.string(), half: z.enum(["dev", "test"]), query: z.string(), relevant: z.array(z.string()).min(1), why: z.string(),
  })),
});
export type JudgedSet = z.infer<typeof judgedSet>;
export type JudgedQuery = JudgedSet["queries"][number];

/**
 * The sets: judged-set.json (both halves), judged-set-2.json, -3 and -4 (blind sets written later by
 * helpers that never saw the search code, 6 Dec: development only, each scored untouched first).
 */
export const JUDGED_SET_FILES = ["judged-set.json", "judged-set-2.json", "judged-set-3.json", "judged-set-4.json"] as const;

export function loadJudgedSet(file: (typeof JUDGED_SET_FILES)[number] = "judged-set.json"): JudgedSet {
  return judgedSet.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, file), "utf8")));
}

/** Ingests the set's cases into a new workspace (one channel per platform; c001 oldest) and returns a CM. */
export async function loadCases(prisma: PrismaClient, set: JudgedSet): Promise<{ cm: Member; keyOf: Map<string, string> }> {
  const { ws, channel } = await makeWorkspace(prisma);
  const channels: Record<string, string> = { FACEBOOK: channel.id };
  for (const platform of ["X", "INSTAGRAM"] as const) {
    channels[platform] = (await prisma.channel.create({
      data: { workspaceId: ws.id, kind: "DEMO", platform, externalId: `judged-${platform}-${ws.id}`, name: platform },
    })).id;
  }
  const start = Date.UTC(2026, 9, 1);
  for (const [i, c] of set.cases.entries()) {
    await ingestEvents(prisma, channels[c.platform]!, c.messages.map((body, j) => comment({
      externalId: `${c.key}-${j}`, body, thread: { externalId: `post-${c.key}`, kind: "POST", text: "Publication" },
      author: { platformUserId: `u-${c.key}`, name: c.author, handle: c.handle },
      platformCreatedAt: new Date(start + i * 3_600_000 + j * 60_000),
    })));
  }
  const keyOf = new Map<string, string>();
  const rows = await prisma.case.findMany({ where: { workspaceId: ws.id }, select: { id: true, thread: { select: { externalId: true } } } });
  for (const r of rows) keyOf.set(r.id, (r.thread?.externalId ?? "").replace(/^post-/, ""));
  for (const c of set.cases) {
    const id = [...keyOf].find(([, k]) => k === c.key)?.[0];
    if (!id) throw new Error(`case ${c.key} was not ingested`);
    if (c.answered || c.csat) await prisma.case.update({ where: { id }, data: { csat: c.csat, firstRespondedAt: c.answered ? new Date(start) : null } });
  }
  return { cm: await makeMember(prisma, ws.id, "COMMUNITY_MANAGER"), keyOf };
}

export interface QueryResult { query: JudgedQuery; found: string[]; recall: number; reciprocalRank: number }

/** Runs one query as the inbox does (typos corrected, first page of 20) and scores it: recall at 20, reciprocal rank. */
export async function runQuery(prisma: PrismaClient, cm: Member, keyOf: Map<string, string>, query: JudgedQuery): Promise<QueryResult> {
  const q = (await correctTypos(prisma, cm, query.query)) ?? query.query;
  const page = await listCases(prisma, cm, listCasesQuery.parse({ q, limit: 20 }));
  const found = page.data.map((c) => keyOf.get(c.id)!);
  const relevant = new Set(query.relevant);
  const hits = found.filter((k) => relevant.has(k)).length;
  const first = found.findIndex((k) => relevant.has(k));
  return { query, found, recall: hits / relevant.size, reciprocalRank: first < 0 ? 0 : 1 / (first + 1) };
}

export function summarize(results: QueryResult[]) {
  const n = results.length || 1;
  const precision = results.map((r) => (r.found.length ? r.found.filter((k) => r.query.relevant.includes(k)).length / r.found.length : 1));
  return {
    queries: results.length,
    recallAt20: results.reduce((s, r) => s + r.recall, 0) / n,
    mrr: results.reduce((s, r) => s + r.reciprocalRank, 0) / n,
    precisionAt20: precision.reduce((s, p) => s + p, 0) / n,
  };
}
