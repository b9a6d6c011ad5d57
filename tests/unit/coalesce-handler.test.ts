// Coalesced after-ingest handlers (lib/ingest/coalesce-handler.ts): bursts merge into one trailing run, runs
// never overlap, and a slow run spaces the next one out (RUN_SHARE times its duration).
import { expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { IngestedBatch } from "@/lib/ingest/after-ingest";
import { coalesced } from "@/lib/ingest/coalesce-handler";

const prisma = {} as PrismaClient;
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
const batch = (ids: string[]): IngestedBatch => ({
  workspaceId: "ws", channelId: "ch", messages: ids.map((id) => ({ messageId: id, caseId: `c${id}`, direction: "INBOUND" })),
});

function recorder(runMs: number) {
  const runs: { at: number; ids: string[] }[] = [];
  let running = 0;
  let overlapped = false;
  const h = coalesced({
    name: "probe",
    async run(_p, b) {
      if (running++) overlapped = true;
      runs.push({ at: Date.now(), ids: b.messages.map((m) => m.messageId) });
      await later(runMs);
      running--;
    },
  }, 20);
  return { h, runs, overlapped: () => overlapped };
}

it("merges a burst into one trailing run that sees every batch, without overlapping runs", async () => {
  const { h, runs, overlapped } = recorder(5);
  await h.run(prisma, batch(["1"]));
  await later(1);
  for (const id of ["2", "3", "4"]) await h.run(prisma, batch([id]));
  await h.settled();
  expect(runs.flatMap((r) => r.ids).sort()).toEqual(["1", "2", "3", "4"]);
  expect(runs.length).toBeLessThanOrEqual(2);
  expect(overlapped()).toBe(false);
});

it("spaces runs out to ten times the last run's duration", async () => {
  const { h, runs } = recorder(60);
  await h.run(prisma, batch(["1"]));
  await later(5);
  await h.run(prisma, batch(["2"]));
  // Not settled(): it would skip the wait. Wait for the trailing run itself.
  const t = Date.now();
  while (runs.length < 2 && Date.now() - t < 5_000) await later(10);
  expect(runs).toHaveLength(2);
  expect(runs[1]!.at - runs[0]!.at).toBeGreaterThanOrEqual(590);
});
