// Coalesce bursts without starving: a call runs `wait` ms after the burst goes quiet, but never later than
// `maxWait` ms after the first call of the burst. A pure debounce (what the inbox had) never fires while
// changes keep coming — exactly during a crisis.
export interface Throttled {
  (): void;
  /** Run now if something is pending. */
  flush(): void;
  cancel(): void;
}

export function throttleWithMaxWait(fn: () => void, { wait, maxWait }: { wait: number; maxWait: number }): Throttled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstAt: number | null = null;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    firstAt = null;
    fn();
  };
  const call = (() => {
    const now = Date.now();
    firstAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, Math.min(wait, firstAt + maxWait - now)));
  }) as Throttled;
  call.flush = () => {
    if (firstAt !== null) run();
  };
  call.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    firstAt = null;
  };
  return call;
}
