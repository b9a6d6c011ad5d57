// Embedded mode lets a flood of webhook acknowledgements go before ingestion's use of PGlite
// (delivery-signal.ts): background work waits while over 300 webhooks/s are answered, at most about 1 s.
import { afterEach, expect, it } from "vitest";
import { letAcksGoFirst, trackAck, yieldToAcks } from "@/lib/webhooks/delivery-signal";

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
const state = (p: Promise<unknown>) => Promise.race([p.then(() => "done"), later(0).then(() => "waiting")]);

/** Answers `perTick` webhooks every `everyMs` until stopped (5 per 2 ms: far above 300/s even on a slow timer). */
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
  const stop = webhooks(5, 2);
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
  const stop = webhooks(5, 2);
  await later(150);
  const t = Date.now();
  await yieldToAcks();
  stop();
  expect(Date.now() - t).toBeGreaterThanOrEqual(900);
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
