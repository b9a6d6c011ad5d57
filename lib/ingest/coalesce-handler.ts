// Some after-ingest handlers recompute a workspace-wide picture (incident grouping over the last hours, the
// radar's volumes and piles of "me too"). Run for every batch, a burst of small batches repeated that work
// every few messages and, on PGlite (which runs on the app's own thread), held webhook acknowledgements for
// hundreds of milliseconds each time. Coalesced: at most one run per workspace per interval; batches that
// arrive meanwhile are merged into one trailing run. The interval stretches to RUN_SHARE times the last run's
// duration: incident grouping over a busy workspace's last 1,000 complaints took about half a second, and run
// every second it cost a steady half core during a stream (bench:live); now at most about a tenth.
// Contract: every batch is seen by a run that starts after it arrived; runs for one workspace never overlap;
// `settled()` resolves once nothing is pending or running (it skips the interval's wait).
import { wallClock, type Clock } from "../clock";
import type { PrismaClient } from "../generated/prisma/client";
import { log } from "../log";
import { yieldToAcks } from "../webhooks/delivery-signal";
import type { AfterIngestHandler, IngestedBatch } from "./after-ingest";

interface State {
  prisma: PrismaClient;
  pending: IngestedBatch | null;
  running: Promise<void> | null;
  /** Cancels the scheduled run, when one is scheduled. */
  cancelTimer: (() => void) | null;
  lastStart: number;
  /** How long the last run took (ms). */
  lastMs: number;
}

/** A run waits at least this many times the previous run's duration after that run's start. */
const RUN_SHARE = 10;

export interface CoalescedHandler extends AfterIngestHandler {
  settled(workspaceId?: string): Promise<void>;
}

/** `clock`: wall time by default (lastStart 0 means "never"); tests pass a fake one to step through the spacing. */
export function coalesced(handler: AfterIngestHandler, intervalMs: number, clock: Clock = wallClock): CoalescedHandler {
  const states = new Map<string, State>();

  const fire = (ws: string) => {
    const s = states.get(ws)!;
    s.cancelTimer?.();
    s.cancelTimer = null;
    if (s.running || !s.pending) return;
    const batch = s.pending;
    s.pending = null;
    s.lastStart = clock.now();
    let started = clock.now();
    // Embedded, webhooks being acknowledged go first (delivery-signal.ts); elsewhere this waits for nothing.
    s.running = yieldToAcks()
      .then(() => {
        started = clock.now(); // the run's own duration, not the wait for acknowledgements
        return handler.run(s.prisma, batch);
      })
      .catch((err: unknown) => log.error("ingest.after_handler_failed", { handler: handler.name, workspaceId: ws, error: String(err) }))
      .finally(() => {
        s.lastMs = clock.now() - started;
        s.running = null;
        if (s.pending) schedule(ws);
      });
  };
  const schedule = (ws: string) => {
    const s = states.get(ws)!;
    if (s.running || s.cancelTimer) return;
    const wait = Math.max(0, s.lastStart + Math.max(intervalMs, RUN_SHARE * s.lastMs) - clock.now());
    s.cancelTimer = clock.schedule(() => fire(ws), wait, { unref: true });
  };

  return {
    name: handler.name,
    async run(prisma, batch) {
      const s = states.get(batch.workspaceId) ?? { prisma, pending: null, running: null, cancelTimer: null, lastStart: 0, lastMs: 0 };
      s.prisma = prisma;
      states.set(batch.workspaceId, s);
      s.pending = s.pending ? { ...s.pending, messages: [...s.pending.messages, ...batch.messages] } : { ...batch };
      schedule(batch.workspaceId);
    },
    async settled(workspaceId) {
      for (;;) {
        const busy = [...states.entries()].filter(([ws, s]) => (!workspaceId || ws === workspaceId) && (s.pending || s.running));
        if (busy.length === 0) return;
        for (const [ws, s] of busy) {
          if (!s.running) fire(ws);
          await s.running;
        }
      }
    },
  };
}
