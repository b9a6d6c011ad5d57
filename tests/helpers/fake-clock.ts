// A Clock (lib/clock.ts) that moves only when the test moves it. A test of a timing mechanism (a linger, a
// yield, a spacing) then checks what the code does at each moment — whether it asks to wait, for how long, what
// it does when the wait ends — without depending on how fast this machine runs it.
import type { Clock } from "@/lib/clock";

export interface FakeClock extends Clock {
  /** Moves time forward by `ms`, running (in due order) every scheduled call that comes due. */
  advance(ms: number): void;
  /** Every delay asked for through schedule(), in order. */
  readonly asked: number[];
  /** Scheduled calls not yet run nor cancelled. */
  pending(): number;
  /** Resolves once a call is scheduled (at once if one already is): the code under test waits on this clock. */
  waiting(): Promise<void>;
}

export function fakeClock(start = 1_000_000): FakeClock {
  let t = start;
  let next = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let watchers: (() => void)[] = [];
  const asked: number[] = [];
  return {
    now: () => t,
    schedule(fn, ms) {
      const id = next++;
      timers.set(id, { at: t + Math.max(0, ms), fn });
      asked.push(ms);
      const w = watchers;
      watchers = [];
      for (const f of w) f();
      return () => void timers.delete(id);
    },
    advance(ms) {
      const target = t + ms;
      for (;;) {
        let due: [number, { at: number; fn: () => void }] | undefined;
        for (const e of timers) if (e[1].at <= target && (!due || e[1].at < due[1].at)) due = e;
        if (!due) break;
        timers.delete(due[0]);
        t = due[1].at;
        due[1].fn();
      }
      t = target;
    },
    asked,
    pending: () => timers.size,
    waiting: () => (timers.size > 0 ? Promise.resolve() : new Promise<void>((r) => watchers.push(r))),
  };
}

/**
 * What `work` does next on `clock`: finishes ("done") or waits on the clock ("waiting"). Both are events: a
 * resolved promise, a scheduled call. Nothing here depends on real time.
 */
export function nextStep(clock: FakeClock, work: Promise<unknown>): Promise<"done" | "waiting"> {
  return Promise.race([work.then(() => "done" as const), clock.waiting().then(() => "waiting" as const)]);
}

/** Steps `clock` 1 ms at a time until `work` finishes; returns how much fake time that took. */
export async function fakeTimeUntilDone(clock: FakeClock, work: Promise<unknown>, limitMs = 60_000): Promise<number> {
  const from = clock.now();
  while ((await nextStep(clock, work)) === "waiting") {
    if (clock.now() - from > limitMs) throw new Error(`still waiting after ${limitMs} ms of fake time`);
    clock.advance(1);
  }
  return clock.now() - from;
}
