// In-process wake-up of the ingestion loop: a webhook appended by this process is processed without waiting
// for NOTIFY or the next poll. Other processes learn of it through NOTIFY raw_deliveries (see the migration).
// It also tells the embedded ingestion loop whether webhooks are being acknowledged right now (ingest-loop.ts
// lets them go first).
import { EventEmitter } from "node:events";
import { monotonicClock, sleepOn, type Clock } from "../clock";

const g = globalThis as typeof globalThis & { __inboxDeliverySignal?: EventEmitter; __inboxAcks?: { ends: number[]; inFlight: number; first: number } };
export const deliverySignal: EventEmitter = (g.__inboxDeliverySignal ??= new EventEmitter().setMaxListeners(0));
/** `ends`: when the last FLOOD_ACKS webhooks were answered (oldest first); `inFlight`: being handled now. */
const acks = (g.__inboxAcks ??= { ends: [], inFlight: 0, first: 0 });

/**
 * Embedded mode, acknowledgements first: PGlite is one connection in the app's thread, and while ingestion
 * or an after-ingest handler holds it no webhook can be appended (measured: acks at 0.32 of PGlite's raw
 * insert rate with ingestion idle, 0.08 with it running). During a flood (at least FLOOD_ACKS answered in the
 * last WINDOW_MS, i.e. over 300/s: more than PGlite ingests anyway; or FLOOD_IN_FLIGHT webhooks waiting at
 * once, which is what a flood looks like right after a batch held them), background database work waits
 * until it ebbs, at most MAX_DEFER_MS: the flood is acknowledged at full speed and ingested in its gaps and
 * after it, and ingestion still moves at least once per MAX_DEFER_MS. Below that rate nothing waits
 * (ingestion keeps up, and waiting would only delay the cases). On a server the appends have their own
 * connections.
 */
const WINDOW_MS = 100;
const FLOOD_ACKS = 30;
const FLOOD_IN_FLIGHT = 4;
const MAX_DEFER_MS = 1_000;

export function signalDeliveryAppended(): void {
  deliverySignal.emit("appended");
}

/**
 * Brackets the handling of one webhook request (whatever its answer). `clock` (tests: a fake one, the same as
 * yieldToAcks's) stamps when it was answered.
 */
export async function trackAck<T>(work: () => Promise<T>, clock: Clock = monotonicClock): Promise<T> {
  acks.inFlight++;
  try {
    return await work();
  } finally {
    acks.inFlight--;
    acks.ends.push(clock.now());
    if (acks.ends.length > FLOOD_ACKS) acks.ends.shift();
  }
}

const flooding = (clock: Clock) =>
  acks.inFlight >= FLOOD_IN_FLIGHT || (acks.ends.length >= FLOOD_ACKS && clock.now() - acks.ends[0]! < WINDOW_MS);

/** Turns the waiting of yieldToAcks on (the embedded ingestion loop, while it runs) or off. Counted. */
export function letAcksGoFirst(on: boolean): void {
  acks.first += on ? 1 : -1;
}

/**
 * Resolves once no flood of webhooks is being acknowledged (see above); at once when acks do not go first.
 * `clock`: as trackAck's (tests step a fake one through the flood's window and the MAX_DEFER_MS bound).
 */
export async function yieldToAcks(clock: Clock = monotonicClock): Promise<void> {
  const start = clock.now();
  while (acks.first > 0 && flooding(clock) && clock.now() - start < MAX_DEFER_MS) {
    await sleepOn(clock, 5);
  }
}
