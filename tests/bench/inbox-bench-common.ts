// Options, data sizes and small helpers shared by the inbox list benchmark (tests/bench/inbox-bench.ts and the
// tests/bench/inbox-bench-*.ts files it imports).
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";

// ------------------------------------------------------------------------------------------------- options

function flag(name: string): boolean {
  return process.argv.includes(name);
}
function intOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive integer`);
  return n;
}

export const CASES = intOption("--cases", 200_000);
export const RUNS = intOption("--runs", 200);
export const WARMUP = intOption("--warmup", 20);
export const KEEP = flag("--keep");
export const SKIP_SEED = flag("--skip-seed");
export const COMPARE = flag("--compare");
// BENCH_DB_NAME: a name of your own on a shared server (several people may run benchmarks at once).
export const DB_NAME = process.env.BENCH_DB_NAME ?? "inbox_bench";
export const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
export const OUTPUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), ".output");
export const PLANS_FILE = path.join(OUTPUT_DIR, "last-plans.txt");

export const TARGET_MS = { list: 50, search: 150 } as const;
export const SEARCH_TERMS = ["livraison", "remboursement", "colis abîmé", "delivery"];

export function benchUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

// ------------------------------------------------------------------------------------------------- helpers

export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
export const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

export function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** `arr[1 + floor(random() * cardinality(arr))]`: one random element per row. */
export const pick = (param: string) => `(${param})[1 + floor(random() * cardinality(${param}))::int]`;

// ------------------------------------------------------------------------------------------------- seeding

export interface Sizes {
  cases: number;
  contacts: number;
  threads: number;
}

export function sizesFor(cases: number): Sizes {
  return {
    cases,
    contacts: Math.max(100, Math.round(cases / 4)),
    // A multiple of 4: thread t belongs to channel t % 4.
    threads: Math.max(8, 4 * Math.round(cases / 400)),
  };
}

export async function step(label: string, fn: () => Promise<number | null | void>): Promise<void> {
  const t0 = performance.now();
  const rows = await fn();
  const dt = performance.now() - t0;
  const count = typeof rows === "number" ? `${rows.toLocaleString("en-US")} rows` : "";
  console.log(`  ${pad(label, 44)} ${pad(count, 18, true)} ${pad(fmtS(dt), 9, true)}`);
}

// ------------------------------------------------------------------------------------------------- statistics

export function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}
