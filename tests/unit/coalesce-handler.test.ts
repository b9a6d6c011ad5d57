// Coalesced after-ingest handlers (lib/ingest/coalesce-handler.ts): bursts merge into one trailing run, runs
// never overlap, and a slow run spaces the next one out (RUN_SHARE times its duration). Time is a fake clock
// and each run ends when the test says so: the assertions are about the schedule, not this machine's speed.
import { expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IngestedBatch } from "@/lib/ingest/after-ingest";
import { coalesced } from "@/lib/ingest/coalesce-handler";
import { fakeClock, type FakeClock } from "../helpers/fake-clock";

const prisma = {} as PrismaClient;
const batch = (ids: string[]): IngestedBatch => ({
  workspaceId: "ws", channelId: "ch", messages: ids.map((id) => ({ messageId: id, caseId: `c${id}`, direction: "INBOUND" })),
});

/** A handler whose runs take `runMs` of fake time and end when `finish()` is called. */
function recorder(clock: FakeClock, runMs: number) {
  const runs: { at: number; ids: string[] }[] = [];
  let running = 0;
  let overlapped = false;
  let finish = () => {};
  let onStart = () => {};
  const h = coalesced({
    name: "probe",
    async run(_p, b) {
      if (running++) overlapped = true;
      runs.push({ at: clock.now(), ids: b.messages.map((m) => m.messageId) });
      clock.advance(runMs);
      const done = new Promise<void>((r) => (finish = r));
      onStart();
      await done;
      running--;
    },
  }, 20, clock);
  /** Resolves when the next run has started (it is then running until finish()). */
  const started = () => new Promise<void>((r) => (onStart = r));
  return { h, runs, overlapped: () => overlapped, started, finish: () => finish() };
}

it("merges a burst into one trailing run that sees every batch, without overlapping runs", async () => {
  const clock = fakeClock();
  const { h, runs, overlapped, started, finish } = recorder(clock, 5);
  const first = started();
  await h.run(prisma, batch(["1"]));
  clock.advance(0); // nothing ran before: due at once
  await first;
  // A burst while the first run is still going: it waits for it, merged into one run.
  for (const id of ["2", "3", "4"]) await h.run(prisma, batch([id]));
  expect(clock.pending()).toBe(0);
  const second = started();
  finish();
  await clock.waiting(); // the trailing run is scheduled once the first one ends: 10 × 5 ms after it started
  expect(clock.asked.at(-1)).toBe(50 - 5);
  clock.advance(45);
  await second;
  finish();
  await h.settled();
  expect(runs.map((r) => r.ids)).toEqual([["1"], ["2", "3", "4"]]);
  expect(overlapped()).toBe(false);
});

it("spaces runs out to ten times the last run's duration", async () => {
  const clock = fakeClock();
  const { h, runs, started, finish } = recorder(clock, 60);
  const first = started();
  await h.run(prisma, batch(["1"]));
  clock.advance(0);
  await first;
  finish();
  await h.settled();
  // The first run took 60 ms (of fake time): the next may start 600 ms after the first one started, not sooner.
  await h.run(prisma, batch(["2"]));
  expect(clock.asked.at(-1)).toBe(600 - 60);
  clock.advance(600 - 60 - 1);
  expect(runs).toHaveLength(1);
  const second = started();
  clock.advance(1);
  await second;
  finish();
  await h.settled();
  expect(runs.map((r) => r.at - runs[0]!.at)).toEqual([0, 600]);
});

it("settled() runs what is pending at once instead of waiting for the interval", async () => {
  const clock = fakeClock();
  const { h, runs, started, finish } = recorder(clock, 0);
  const first = started();
  await h.run(prisma, batch(["1"]));
  const settled = h.settled();
  await first;
  finish();
  await settled;
  expect(runs.map((r) => r.ids)).toEqual([["1"]]);
});
