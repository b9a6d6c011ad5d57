// In-process wake-up of the ingestion loop: a webhook appended by this process is processed without waiting
// for NOTIFY or the next poll. Other processes learn of it through NOTIFY raw_deliveries (see the migration).
// It also tells the embedded ingestion loop whether webhooks are being acknowledged right now (ingest-loop.ts
// lets them go first).
import { EventEmitter } from "node:events";
import { performance } from "node:perf_hooks";

const g = globalThis as typeof globalThis & { __inboxDeliverySignal?: EventEmitter; __inboxAcks?: { inFlight: number; lastAt: number; first: number } };
export const deliverySignal: EventEmitter = (g.__inboxDeliverySignal ??= new EventEmitter().setMaxListeners(0));
const acks = (g.__inboxAcks ??= { inFlight: 0, lastAt: 0, first: 0 });

/**
 * Embedded mode, acknowledgements first: PGlite is one connection in the app's thread, and while ingestion
 * or an after-ingest handler holds it no webhook can be appended (measured: acks at 0.32 of PGlite's raw
 * insert rate with ingestion idle, 0.08 with it running). While webhooks keep arriving (one being handled,
 * or one answered in the last QUIET_MS), background database work waits for a gap, at most MAX_DEFER_MS:
 * a flood is acknowledged at full speed and ingested in its gaps and after it, and ingestion still moves at
 * least once per MAX_DEFER_MS. On a server the appends have their own connections: nothing waits.
 */
const QUIET_MS = 20;
const MAX_DEFER_MS = 1_000;

export function signalDeliveryAppended(): void {
  deliverySignal.emit("appended");
}

/** Brackets the handling of one webhook request (whatever its answer). */
export async function trackAck<T>(work: () => Promise<T>): Promise<T> {
  acks.inFlight++;
  try {
    return await work();
  } finally {
    acks.inFlight--;
    acks.lastAt = performance.now();
  }
}

/** Turns the waiting of yieldToAcks on (the embedded ingestion loop, while it runs) or off. Counted. */
export function letAcksGoFirst(on: boolean): void {
  acks.first += on ? 1 : -1;
}

/** Resolves when no webhook is being acknowledged (see above), at once when acks do not go first. */
export async function yieldToAcks(): Promise<void> {
  if (acks.first <= 0) return;
  const start = performance.now();
  while (acks.first > 0 && (acks.inFlight > 0 || performance.now() - acks.lastAt < QUIET_MS) && performance.now() - start < MAX_DEFER_MS) {
    await new Promise((r) => setTimeout(r, QUIET_MS / 4));
  }
}
