// Measuring of the inbox benchmark: the query shapes (scenarios) timed through listCases(), and the capture of the
// SQL Prisma sent for each, used by the plans report and the --compare proposal.
import pg from "pg";
import type { Member } from "../../lib/auth/member";
import { listCases } from "../../lib/cases/list-cases";
import { listCasesQuery } from "../../lib/cases/schemas";
import type { Database } from "../../lib/db/open-database";
import { RUNS, WARMUP, type TARGET_MS } from "./inbox-bench-common";

// ------------------------------------------------------------------------------------------------- measuring

export interface Captured {
  text: string;
  values: unknown[];
}

/** The SQL and parameters of the last list query Prisma sent (PrismaPg calls pool.query({ text, values })). */
let lastListSql: Captured | null = null;
export function captureListQueries(): void {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: pg.Pool, ...args: unknown[]) {
    const cfg = args[0] as { text?: unknown; values?: unknown[] } | undefined;
    if (cfg && typeof cfg === "object" && typeof cfg.text === "string" && /\bFROM cases c\b/.test(cfg.text)) {
      lastListSql = { text: cfg.text, values: [...(cfg.values ?? [])] };
    }
    return original.apply(this, args);
  };
}

export interface Scenario {
  key: string;
  label: string;
  kind: keyof typeof TARGET_MS;
  /** Rotated over the runs; each is listCasesQuery input, as the API receives it. */
  inputs: Array<Record<string, string>>;
  /** SQL counting the cases the filter matches (for the report only; $1 = workspace, $2 = q). */
  countSql: string | ((input: Record<string, string>) => string);
}

export interface Result {
  scenario: Scenario;
  times: number[];
  rows: number[];
  byInput: Map<string, number[]>;
  sql: Map<string, Captured>;
  matching: Map<string, number>;
}

const describe = (input: Record<string, string>) =>
  Object.entries(input)
    .filter(([k]) => k !== "cursor")
    .map(([k, v]) => `${k}=${v}`)
    .join(" ") || "(defaults)";

export async function measure(db: Database, member: Member, sc: Scenario): Promise<Result> {
  const queries = sc.inputs.map((input) => ({ input, parsed: listCasesQuery.parse(input), name: describe(input) }));
  const res: Result = { scenario: sc, times: [], rows: [], byInput: new Map(), sql: new Map(), matching: new Map() };
  for (let i = 0; i < WARMUP; i++) await listCases(db.prisma, member, queries[i % queries.length]!.parsed);
  for (let i = 0; i < RUNS; i++) {
    const q = queries[i % queries.length]!;
    const t0 = performance.now();
    const out = await listCases(db.prisma, member, q.parsed);
    const dt = performance.now() - t0;
    res.times.push(dt);
    res.rows.push(out.data.length);
    const list = res.byInput.get(q.name) ?? [];
    list.push(dt);
    res.byInput.set(q.name, list);
    if (lastListSql) res.sql.set(q.name, lastListSql);
  }
  for (const q of queries) {
    const countSql = typeof sc.countSql === "function" ? sc.countSql(q.input) : sc.countSql;
    const rows = await db.sql.query<{ n: number }>(countSql, [member.workspaceId, q.input.q ?? ""]);
    res.matching.set(q.name, rows[0]?.n ?? NaN);
  }
  return res;
}
