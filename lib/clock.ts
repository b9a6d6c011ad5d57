// Time as the throughput mechanisms see it (the ingest loop's linger, the embedded yield to webhook
// acknowledgements, the spacing of coalesced after-ingest handlers). Production passes nothing and gets the
// real clock; tests pass a fake one (tests/helpers/fake-clock.ts) so that they check what the mechanism does at
// each moment instead of how fast this machine happens to run it (issue 28).
import { performance } from "node:perf_hooks";

export interface Clock {
  /** Milliseconds; only ever compared with this same clock's readings. */
  now(): number;
  /** Calls `fn` once `ms` have passed and returns a function that cancels the call. `unref`: a pending call does
   * not keep the process alive (as Node's timer.unref()). */
  schedule(fn: () => void, ms: number, opts?: { unref?: boolean }): () => void;
}

const realSchedule: Clock["schedule"] = (fn, ms, opts) => {
  const t = setTimeout(fn, ms);
  if (opts?.unref) t.unref();
  return () => clearTimeout(t);
};

/** performance.now(): for intervals within this process. */
export const monotonicClock: Clock = { now: () => performance.now(), schedule: realSchedule };
/** Date.now(): for code that compares with epoch timestamps (or starts from 0 meaning "long ago"). */
export const wallClock: Clock = { now: () => Date.now(), schedule: realSchedule };

/** Resolves once `ms` have passed on `clock`. */
export function sleepOn(clock: Clock, ms: number): Promise<void> {
  return new Promise((resolve) => clock.schedule(resolve, ms));
}
