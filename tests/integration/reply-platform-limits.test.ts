// The platform's own length limits are enforced where the reply is queued, as the composer counts them: a reply the
// platform would refuse for good (X: 280 weighted characters in public; Instagram: 1,000 in a private message) is
// refused with 400 too_long and nothing is stored, instead of being queued and then failing on the platform.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { DomainError } from "@/lib/errors/domain-errors";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { queueReply } from "@/lib/outbound/queue-reply";
import { replyInput } from "@/lib/outbound/schemas";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let cm: Member;
const caseOn: Record<"X" | "INSTAGRAM", string> = { X: "", INSTAGRAM: "" };
const enqueue = async () => {};

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws } = await makeWorkspace(db.prisma);
  cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  for (const platform of ["X", "INSTAGRAM"] as const) {
    const ch = await db.prisma.channel.create({ data: { workspaceId: ws.id, kind: "DEMO", platform, externalId: `limits-${platform}`, name: platform } });
    const s = await ingestEvents(db.prisma, ch.id, [comment({ externalId: `limits-${platform}-1`, body: "Ma commande n'est jamais arrivée", author: { platformUserId: `limits-${platform}`, name: "Inès" } })]);
    caseOn[platform] = s.caseIds[0]!;
  }
});
afterAll(() => db?.dispose());

async function refusal(p: Promise<unknown>) {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(DomainError);
  return err as DomainError;
}

const outbound = (caseId: string) => db.prisma.message.count({ where: { caseId, direction: "OUTBOUND" } });

describe("platform length limits when a reply is queued", () => {
  it("refuses a public reply over X's 280 weighted characters, and takes one at the limit", async () => {
    const err = await refusal(queueReply(db.prisma, cm, caseOn.X, replyInput.parse({ text: "é".repeat(281), visibility: "public" }), enqueue));
    expect(err).toMatchObject({ kind: "invalid", code: "too_long", details: { length: 281, limit: 280 } });
    expect(await outbound(caseOn.X)).toBe(0);
    await queueReply(db.prisma, cm, caseOn.X, replyInput.parse({ text: "é".repeat(280), visibility: "public" }), enqueue);
    expect(await outbound(caseOn.X)).toBe(1);
  });

  it("refuses an Instagram private message over 1,000 characters; a public comment reply of 1,500 is fine", async () => {
    const err = await refusal(queueReply(db.prisma, cm, caseOn.INSTAGRAM, replyInput.parse({ text: "a".repeat(1001), visibility: "private" }), enqueue));
    expect(err).toMatchObject({ code: "too_long", details: { length: 1001, limit: 1000 } });
    expect(await outbound(caseOn.INSTAGRAM)).toBe(0);
    await queueReply(db.prisma, cm, caseOn.INSTAGRAM, replyInput.parse({ text: "a".repeat(1500), visibility: "public" }), enqueue);
    expect(await outbound(caseOn.INSTAGRAM)).toBe(1);
  });
});
