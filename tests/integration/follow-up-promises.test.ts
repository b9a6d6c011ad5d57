// Promises in replies become follow-ups in the WORKSPACE's calendar (issue #18 §5), on real PGlite: the process
// runs on UTC while the workspace is in Paris, so "demain" must be Paris's tomorrow at its close of business, not
// the server's; a vague promise makes an undated follow-up the owner sees and no sweep calls overdue.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import type { Member } from "@/lib/auth/member";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { listMyFollowUps } from "@/lib/followups/list-my-follow-ups";
import { notifyOverdueFollowUps } from "@/lib/followups/notify-overdue-follow-ups";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { queueReply } from "@/lib/outbound/queue-reply";
import { DEFAULT_SLA_POLICY } from "@/lib/sla/schemas";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const DAY: [string, string][] = [["09:00", "18:00"]];
let db: TestDatabase;
let cm: Member;
let channelId: string;
let n = 0;
const savedTz = process.env.TZ;

async function newCase() {
  n++;
  const r = await ingestEvents(db.prisma, channelId, [
    comment({ externalId: `p${n}`, body: "Toujours pas de remboursement, c'est inadmissible", author: { platformUserId: `pc${n}`, name: `Client ${n}` }, platformCreatedAt: new Date(Date.now() - 600_000) }),
  ]);
  const caseId = r.caseIds[0]!;
  await updateCase(db.prisma, cm, caseId, casePatch.parse({ assigneeId: "me" }), leaveToSweep);
  return caseId;
}

async function reply(caseId: string, text: string) {
  await queueReply(db.prisma, cm, caseId, { text, visibility: "public" }, async () => {});
  const m = await db.prisma.message.findFirstOrThrow({ where: { caseId, direction: "OUTBOUND" }, orderBy: { createdAt: "desc" } });
  return { message: m, followUp: await db.prisma.followUp.findUnique({ where: { messageId: m.id } }) };
}

beforeAll(async () => {
  process.env.TZ = "UTC"; // the server's zone; the workspace's is Paris
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  // Paris, open every day 09:00–18:00, no holidays: "demain" is always due at 18:00 Paris time.
  await db.prisma.slaPolicy.create({
    data: { workspaceId: ws.id, ...DEFAULT_SLA_POLICY, holidays: [], businessHours: Object.fromEntries(["1", "2", "3", "4", "5", "6", "7"].map((d) => [d, DAY])) },
  });
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz;
  return db?.dispose();
});

describe("follow-ups from promises", () => {
  it("a reply queued for a Paris workspace on a UTC server is due at Paris's 'demain', close of business", async () => {
    const { message, followUp } = await reply(await newCase(), "Toutes nos excuses. Nous vous rappelons demain pour faire le point.");
    const expected = DateTime.fromJSDate(message.platformCreatedAt, { zone: "Europe/Paris" }).plus({ days: 1 }).set({ hour: 18, minute: 0, second: 0, millisecond: 0 });
    expect(followUp).not.toBeNull();
    expect(followUp!.dueAt?.toISOString()).toBe(expected.toUTC().toISO());
    expect(followUp!.phrase).toContain("Nous vous rappelons demain");
  });

  it("a passive promise with a duration is due that long after the reply", async () => {
    const { message, followUp } = await reply(await newCase(), "Votre remboursement sera effectué sous 48 h.");
    expect(followUp!.dueAt!.getTime() - message.platformCreatedAt.getTime()).toBe(48 * 3_600_000);
  });

  it("a vague promise makes an undated follow-up: listed for the owner after the dated ones, never overdue", async () => {
    const { followUp } = await reply(await newCase(), "Merci pour votre patience, nous revenons vers vous dans les plus brefs délais.");
    expect(followUp).toMatchObject({ status: "OPEN", dueAt: null });
    const mine = await listMyFollowUps(db.prisma, cm, 50);
    expect(mine.map((f) => f.id)).toContain(followUp!.id);
    expect(mine.at(-1)!.dueAt).toBeNull();
    expect(mine.findIndex((f) => f.dueAt === null)).toBeGreaterThan(mine.findIndex((f) => f.dueAt !== null));
    await notifyOverdueFollowUps(db.prisma, new Date(Date.now() + 30 * 86_400_000));
    expect((await db.prisma.followUp.findUniqueOrThrow({ where: { id: followUp!.id } })).overdueNotifiedAt).toBeNull();
    const audit = await db.prisma.auditEvent.findFirst({ where: { action: "FOLLOW_UP_CREATED", entityId: followUp!.messageId! } });
    expect(audit?.data).toMatchObject({ dueAt: null, vague: true });
  });

  it("a reply without a promise makes no follow-up", async () => {
    const { followUp } = await reply(await newCase(), "Votre remboursement a été effectué hier, vous le verrez sous 48 h sur votre compte ? Merci de nous confirmer.");
    expect(followUp).toBeNull();
  });
});
