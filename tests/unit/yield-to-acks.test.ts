// Embedded mode lets webhook acknowledgements go before ingestion's use of PGlite (delivery-signal.ts).
import { afterEach, expect, it } from "vitest";
import { letAcksGoFirst, trackAck, yieldToAcks } from "@/lib/webhooks/delivery-signal";

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
const state = (p: Promise<unknown>) => Promise.race([p.then(() => "done"), later(0).then(() => "waiting")]);

afterEach(() => letAcksGoFirst(false));

it("waits while a webhook is being handled, and goes on once it is answered", async () => {
  letAcksGoFirst(true);
  let answer!: () => void;
  const ack = trackAck(() => new Promise<void>((r) => (answer = r)));
  const turn = yieldToAcks();
  await later(100);
  expect(await state(turn)).toBe("waiting");
  answer();
  await ack;
  await turn;
});

it("waits at most about a second when webhooks never stop", async () => {
  letAcksGoFirst(true);
  let answer!: () => void;
  const ack = trackAck(() => new Promise<void>((r) => (answer = r)));
  const t = Date.now();
  await yieldToAcks();
  expect(Date.now() - t).toBeGreaterThanOrEqual(900);
  answer();
  await ack;
});

it("waits for nothing unless the embedded loop asked for it", async () => {
  let answer!: () => void;
  const ack = trackAck(() => new Promise<void>((r) => (answer = r)));
  expect(await state(yieldToAcks())).toBe("done");
  answer();
  await ack;
});
