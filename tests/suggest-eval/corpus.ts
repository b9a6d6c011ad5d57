// The suggested-replies corpus (corpus.json, issue #24 §4): 24 problem families of 8 cases each (5 French, 3
// English), every case a customer's complaint with the reply the team sent, its outcome and CSAT, and the
// personal data of that customer. A helper that never saw the code wrote it. Families are split into halves
// (the idea a family tests is on one side only): the development half may be looked at while tuning; the test
// half is only ever read as aggregate figures.
//
// Protocol: every case is in the workspace with its reply (leave-one-out: a case's own reply is already sent
// in its thread, so R3 keeps it out of its own suggestions). A suggestion is usable when its source case is of
// the same family and language and its text carries none of the source customer's personal data.
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import type { ReplySuggestion } from "@/lib/replies/suggest-replies";
import { fold } from "@/lib/text/fold";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";

const corpusSchema = z.object({
  families: z.array(z.object({
    family: z.string(), description: z.string(), half: z.enum(["dev", "test"]),
    cases: z.array(z.object({
      key: z.string(), language: z.enum(["fr", "en"]), customer: z.object({ name: z.string(), handle: z.string() }),
      complaint: z.array(z.string()).min(1), reply: z.string(), outcome: z.enum(["confirmed", "resolved", "answered"]),
      csat: z.number().int().min(1).max(5).nullable(), foreignData: z.array(z.string()),
    })),
  })),
});
export type SuggestCorpus = z.infer<typeof corpusSchema>;
export type CorpusCase = SuggestCorpus["families"][number]["cases"][number] & { family: string; half: "dev" | "test" };

export function loadSuggestCorpus(): SuggestCorpus {
  return corpusSchema.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, "corpus.json"), "utf8")));
}

export function corpusCases(corpus: SuggestCorpus): CorpusCase[] {
  return corpus.families.flatMap((f) => f.cases.map((c) => ({ ...c, family: f.family, half: f.half })));
}

/** Every case in a new workspace, with its reply sent by a community manager; returns the CM and case ids by key. */
export async function loadCorpus(prisma: PrismaClient, cases: CorpusCase[]): Promise<{ cm: Member; idOf: Map<string, string> }> {
  const { ws, channel } = await makeWorkspace(prisma);
  const cm = await makeMember(prisma, ws.id, "COMMUNITY_MANAGER");
  const start = Date.UTC(2026, 9, 1);
  const idOf = new Map<string, string>();
  // Interleaved by family, so recency does not group a family's cases together.
  const order = [...cases].sort((a, b) => a.key.slice(-2).localeCompare(b.key.slice(-2)) || a.family.localeCompare(b.family));
  for (const [i, c] of order.entries()) {
    const at = start + i * 3_600_000;
    await ingestEvents(prisma, channel.id, c.complaint.map((body, j) => comment({
      externalId: `${c.key}-${j}`, body, thread: { externalId: `post-${c.key}`, kind: "POST", text: "Publication" },
      author: { platformUserId: `u-${c.key}`, name: c.customer.name, handle: c.customer.handle },
      platformCreatedAt: new Date(at + j * 60_000),
    })));
    const row = await prisma.case.findFirstOrThrow({ where: { workspaceId: ws.id, thread: { externalId: `post-${c.key}` } } });
    idOf.set(c.key, row.id);
    await prisma.message.create({ data: {
      workspaceId: ws.id, caseId: row.id, channelId: channel.id, direction: "OUTBOUND", visibility: "PUBLIC", kind: "COMMENT",
      authorUserId: cm.userId, body: c.reply, platformCreatedAt: new Date(at + 30 * 60_000), deliveryStatus: "SENT",
    } });
    await prisma.case.update({ where: { id: row.id }, data: {
      csat: c.csat, firstRespondedAt: new Date(at + 30 * 60_000),
      ...(c.outcome === "answered" ? { status: "OPEN" } : { status: "RESOLVED", confirmation: c.outcome === "confirmed" ? "CONFIRMED" : null }),
    } });
  }
  return { cm, idOf };
}

export interface SuggestResult {
  query: CorpusCase;
  /** Per suggestion, in rank order: usable, and why not. */
  judged: { usable: boolean; source: string; sameFamily: boolean; sameLanguage: boolean; leaked: string[] }[];
}

const word = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${fold(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u");

/** Judges one case's suggestions against the corpus labels (sources by case id). */
export function judge(query: CorpusCase, suggestions: ReplySuggestion[], byId: Map<string, CorpusCase>): SuggestResult {
  const own = fold(query.customer.name).split(/\s+/);
  return {
    query,
    judged: suggestions.map((s) => {
      const source = byId.get(s.sourceCaseId)!;
      const text = fold(s.text);
      // The source customer's data, except what is also this customer's own name (a shared first name).
      const leaked = source.foreignData.filter((d) => !own.includes(fold(d)) && word(d).test(text));
      const sameFamily = source.family === query.family;
      const sameLanguage = source.language === query.language;
      return { usable: sameFamily && sameLanguage && leaked.length === 0, source: source.key, sameFamily, sameLanguage, leaked };
    }),
  };
}

export function summarizeSuggest(results: SuggestResult[]) {
  const n = results.length || 1;
  const offered = results.flatMap((r) => r.judged);
  return {
    queries: results.length,
    /** Share of cases with at least one suggestion. */
    coverage: results.filter((r) => r.judged.length > 0).length / n,
    /** Share of cases whose first suggestion is usable. */
    usableAt1: results.filter((r) => r.judged[0]?.usable).length / n,
    /** Share of cases with a usable suggestion among the first three (the measure). */
    usableAt3: results.filter((r) => r.judged.slice(0, 3).some((j) => j.usable)).length / n,
    /** Share of all offered suggestions that are usable. */
    precision: offered.length ? offered.filter((j) => j.usable).length / offered.length : 1,
    /** Suggestions that carried another customer's personal data (target 0). */
    leaks: offered.filter((j) => j.leaked.length > 0).length,
  };
}
