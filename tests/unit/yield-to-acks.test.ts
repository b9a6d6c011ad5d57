// Embedded mode lets a flood of webhook acknowledgements go before ingestion's use of PGlite
// (delivery-signal.ts): background work waits while at least 30 webhooks were answered in the last 100 ms (or
// 4 are being handled at once), at most 1 s. The mechanism is stepped on a fake clock: the assertions are
// about what it decides at each moment, not about how fast this machine answers webhooks (issue 28).
import { afterEach, beforeEach, expect, it } from "vitest";
import { letAcksGoFirst, trackAck, yieldToAcks } from "@/lib/webhooks/delivery-signal";
import { fakeClock, fakeTimeUntilDone, nextStep, type FakeClock } from "../helpers/fake-clock";

// The acknowledgement log is process-wide (the last 30 answers): each test starts a day of fake time after the
// previous one, so what earlier tests answered is never within its window.
let clock: FakeClock;
let day = 0;
beforeEach(() => {
  clock = fakeClock(++day * 86_400_000);
});

/** `n` webhooks answered now. */
const answered = (n: number) => Promise.all(Array.from({ length: n }, () => trackAck(async () => undefined, clock)));

let asked = false;
const ask = () => {
  letAcksGoFirst(true);
  asked = true;
};
afterEach(() => {
  if (asked) letAcksGoFirst(false);
  asked = false;
});

it("waits while a flood is acknowledged, and goes on within one poll once it ebbs", async () => {
  ask();
  await answered(30);
  const turn = yieldToAcks(clock);
  expect(await nextStep(clock, turn)).toBe("waiting");
  clock.advance(60);
  await answered(30); // the flood goes on: the window now starts at these
  expect(await nextStep(clock, turn)).toBe("waiting");
  // The last answers are 100 ms old at the earliest check after then (it polls every 5 ms).
  const waited = await fakeTimeUntilDone(clock, turn);
  expect(waited).toBeGreaterThanOrEqual(100);
  expect(waited).toBeLessThanOrEqual(105);
});

it("waits at most a second when the flood never stops", async () => {
  ask();
  // Four webhooks held in flight: a flood that cannot ebb.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const inFlight = Array.from({ length: 4 }, () => trackAck(() => held, clock));
  const waited = await fakeTimeUntilDone(clock, yieldToAcks(clock));
  release();
  await Promise.all(inFlight);
  expect(waited).toBeGreaterThanOrEqual(1_000);
  expect(waited).toBeLessThanOrEqual(1_005);
});

it("lets ingestion run at once under a steady trickle of webhooks", async () => {
  ask();
  // One webhook every 20 ms (50/s): 30 answers span 580 ms, far from a flood.
  for (let i = 0; i < 40; i++) {
    await answered(1);
    clock.advance(20);
  }
  expect(await nextStep(clock, yieldToAcks(clock))).toBe("done");
});

it("counts 30 answers within 100 ms as a flood, and 29 as none", async () => {
  ask();
  await answered(29);
  expect(await nextStep(clock, yieldToAcks(clock))).toBe("done");
  clock.advance(99);
  await answered(1); // the 30th, 99 ms after the first
  const turn = yieldToAcks(clock);
  expect(await nextStep(clock, turn)).toBe("waiting");
  // The first of them is 100 ms old at the next poll, 5 ms later.
  expect(await fakeTimeUntilDone(clock, turn)).toBeLessThanOrEqual(5);
});

it("waits for nothing unless the embedded loop asked for it", async () => {
  await answered(40);
  expect(await nextStep(clock, yieldToAcks(clock))).toBe("done");
});

it("waits while several webhooks wait at once (a batch just held them), until they are answered", async () => {
  ask();
  const answers: (() => void)[] = [];
  const pending = Array.from({ length: 5 }, () => trackAck(() => new Promise<void>((r) => answers.push(r)), clock));
  const turn = yieldToAcks(clock);
  expect(await nextStep(clock, turn)).toBe("waiting");
  clock.advance(500);
  expect(await nextStep(clock, turn)).toBe("waiting");
  for (const a of answers) a();
  await Promise.all(pending);
  expect(await fakeTimeUntilDone(clock, turn)).toBeLessThanOrEqual(5);
});
