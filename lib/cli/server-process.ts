// How `npm start` runs the Next.js server process (issue #27), in one place for lib/cli/start.ts and for the
// benchmarks that start the built app themselves (they must measure what users run).

/**
 * V8's young generation, in MiB per semi-space. Left to itself, Node 20's new space grows to 32 MiB under a stream
 * of short-lived objects (two semi-spaces of 16); at 4 it stays at 8 (read with v8.getHeapSpaceStatistics).
 * `bench:live` (PGlite, 30 agents, 50 comments/s, 7 Dec 2026, six runs at 4 and five at V8's default, two of each
 * alternated): resident memory after the last phase 434-454 MiB instead of 476-491, the same CPU, but ingestion a
 * little later under that load (webhook → commit p50 75-163 ms instead of 73-104, p95 321-723 instead of 417-575;
 * commit → agent p50 20-44 ms instead of 19-29). At 2 it saved about 10 MiB more, for later still. Issue #27 asks
 * for the memory. An operator's own `--max-semi-space-size` in NODE_OPTIONS wins.
 */
const SEMI_SPACE_MIB = 4;

/** Next.js's command-line entry, relative to the project root. */
export const NEXT_BIN = "node_modules/next/dist/bin/next";

/** Node options for the server process, before the script. */
export function serverNodeArgs(nodeOptions = process.env.NODE_OPTIONS ?? ""): string[] {
  return /--max-semi-space-size/.test(nodeOptions) ? [] : [`--max-semi-space-size=${SEMI_SPACE_MIB}`];
}

/**
 * The server's arguments after `node`: its node options, then `extraNodeArgs` (a benchmark's profiling or V8 flags,
 * which win over ours), then `next start` on `port` and `host`.
 */
export function serverArgv(port: number, host: string, extraNodeArgs: string[] = []): string[] {
  return [...serverNodeArgs(), ...extraNodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", host];
}

/**
 * Environment defaults for the server process (an operator's own value wins): glibc keeps the memory V8's compilers
 * freed after start (90-130 MiB of an idle server); give back anything above 64 KiB. Ignored elsewhere than glibc.
 */
export const SERVER_ENV_DEFAULTS: Readonly<Record<string, string>> = { MALLOC_TRIM_THRESHOLD_: "65536" };
