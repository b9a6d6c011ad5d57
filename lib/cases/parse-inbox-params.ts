// The inbox URL → a list query. Unlike the API (400 on any bad parameter), the page drops the parameters it
// cannot read and says so, rather than failing: people edit URLs and share them.
import { listCasesQuery, type ListCasesQuery } from "./schemas";

const KEYS = ["status", "q", "assignee", "platform", "channel", "priority", "tag", "incident", "language", "view", "cursor", "from", "to", "sla", "reopened"] as const;

export function parseInboxParams(raw: Record<string, string | string[] | undefined>): { query: ListCasesQuery; ignored: string[] } {
  const input: Record<string, string> = {};
  for (const k of KEYS) {
    const v = raw[k];
    if (typeof v === "string" && v.trim() !== "") input[k] = v;
  }
  const ignored: string[] = [];
  for (;;) {
    const parsed = listCasesQuery.safeParse(input);
    if (parsed.success) return { query: parsed.data, ignored };
    const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
    for (const k of bad) {
      delete input[k];
      ignored.push(k);
    }
  }
}
