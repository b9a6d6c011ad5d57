// Embedded mode lets a flood of webhook acknowledgements go before ingestion's use of PGlite
// (delivery-signal.ts): background work waits while over 300 webhooks/s are answered, at most about 1 s.
import { afterEach, expect, it } from "vitest";
import { letAcksGoFirst, trackAck, yieldToAcks } from "@/lib/webhooks/delivery-signal";

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
const state = (p: Promise<unknown>) => Promise.race([p.then(() => "done"), later(0).then(() => "waiting")]);

/** Answers `perTick` webhooks every `everyMs` until stopped. */
function webhooks(perTick: number, everyMs: number) {
  const t = setInterval(() => {
    for (let i = 0; i < perTick; i++) void trackAck(async () => undefined);
  }, everyMs);
  return () => clearInterval(t);
}

let asked = false;
const ask = () => {
  letAcksGoFirst(true);
  asked = true;
};
afterEach(() => {
  if (asked) letAcksGoFirst(false);
  asked = false;
});

it("waits while a flood is acknowledged, and goes on once it ebbs", async () => {
  ask();
  // 40 at a time: one tick alone is a flood for the next 100 ms, so late ticks on a loaded machine still are.
  const stop = webhooks(40, 10);
  await later(150);
  const turn = yieldToAcks();
  await later(200);
  expect(await state(turn)).toBe("waiting");
  stop();
  const t = Date.now();
  await turn;
  expect(Date.now() - t).toBeLessThan(900);
});

it("waits at most about a second when the flood never stops", async () => {
  ask();
  // A flood that cannot ebb whatever this machine's timers do: four webhooks held in flight (a timer-driven flood
  // ebbed by itself on a loaded CI machine, its 2 ms ticks arriving late).
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const inFlight = Array.from({ length: 4 }, () => trackAck(() => held));
  const t = Date.now();
  await yieldToAcks();
  const waited = Date.now() - t;
  release();
  await Promise.all(inFlight);
  expect(waited).toBeGreaterThanOrEqual(900);
  expect(waited).toBeLessThan(3_000);
});

it("lets ingestion run at once under a steady trickle of webhooks", async () => {
  ask();
  const stop = webhooks(1, 20);
  await later(150);
  expect(await state(yieldToAcks())).toBe("done");
  stop();
});

it("waits for nothing unless the embedded loop asked for it", async () => {
  const stop = webhooks(5, 2);
  await later(150);
  expect(await state(yieldToAcks())).toBe("done");
  stop();
});

it("waits while several webhooks wait at once (a batch just held them), until they are answered", async () => {
  ask();
  const answers: (() => void)[] = [];
  const pending = Array.from({ length: 5 }, () => trackAck(() => new Promise<void>((r) => answers.push(r))));
  const turn = yieldToAcks();
  await later(100);
  expect(await state(turn)).toBe("waiting");
  for (const a of answers) a();
  await Promise.all(pending);
  await turn;
});
