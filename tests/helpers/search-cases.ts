// A workspace of one case per text for the search tests (tests/integration/search*.test.ts): each text is its own
// customer's comment, so a number of results is a number of cases, and `find` names the cases a search lists.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/member";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { comment, makeMember, makeWorkspace } from "./factories";

export interface SearchCases {
  cm: Member;
  /** Case id by the text's key. */
  ids: Record<string, string>;
  /** The keys of the cases a search lists (first 100), sorted. */
  find(query: string): Promise<string[]>;
}

/** `handleOf`: the author's handle for a key (default `h_<key>`); texts are written a minute apart from `day`. */
export async function seedSearchCases(prisma: PrismaClient, texts: Record<string, string>, day: Date, handleOf = (k: string) => `h_${k}`): Promise<SearchCases> {
  const { ws, channel } = await makeWorkspace(prisma);
  const cm = await makeMember(prisma, ws.id, "COMMUNITY_MANAGER");
  const keys = Object.keys(texts);
  await ingestEvents(prisma, channel.id, keys.map((k, i) => comment({
    externalId: `m-${k}`, body: texts[k]!, author: { platformUserId: `u-${k}`, name: `Client ${k}`, handle: handleOf(k) },
    platformCreatedAt: new Date(day.getTime() + i * 60_000),
  })));
  const ids: Record<string, string> = {};
  for (const c of await prisma.case.findMany({ where: { workspaceId: ws.id }, include: { messages: true } })) {
    ids[keys.find((k) => texts[k] === c.messages[0]!.body)!] = c.id;
  }
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return {
    cm, ids,
    async find(query) {
      const r = await listCases(prisma, cm, listCasesQuery.parse({ limit: 100, q: query }));
      return r.data.map((c) => byId[c.id]!).sort();
    },
  };
}
