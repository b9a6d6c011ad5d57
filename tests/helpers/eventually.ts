// Waiting for an event, with a bound that only limits how long a failure takes (issue 28: a test never sleeps
// a fixed time for something to happen; tests/unit/no-bare-sleeps.test.ts enforces it).

/**
 * Polls `read` until `ok` holds: for effects no one announces (a row written after an acknowledged request, a
 * lock another connection waits on, a process's queue drained). Returns the last value that passed.
 */
export async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 10_000, what = "condition"): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (!ok(last)) {
    if (Date.now() > end) throw new Error(`${what} not met within ${ms} ms; last value: ${show(last)}`);
    // no-event: the interval between two reads of a condition nothing announces; the deadline above bounds it.
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/** Awaits `event` (a promise the code under test resolves), failing with `what` after `ms` instead of hanging. */
export async function within<T>(event: Promise<T>, what: string, ms = 10_000): Promise<T> {
  let cancel = () => {};
  const bound = new Promise<never>((_, reject) => {
    // no-event: not a wait but the failure bound itself: it only rejects, and is cleared once `event` happens.
    const t = setTimeout(() => reject(new Error(`${what}: did not happen within ${ms} ms`)), ms);
    cancel = () => clearTimeout(t);
  });
  try {
    return await Promise.race([event, bound]);
  } finally {
    cancel();
  }
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? x.toString() : x));
  } catch {
    return String(v);
  }
}
