// Issue #20 item 3: a sent reply could be rewritten below the API. The body trigger only looked at the status
// the row had at that moment, so one transaction stepped back to an editable status, changed the words and
// stepped forward again — each UPDATE 1 — and nothing stopped the platform time or the delivery time moving.
// Now the delivery status only moves forward (QUEUED → SENDING → SENT / FAILED; SENDING → QUEUED when an
// attempt must be retried, as lib/outbound does), and what a sent reply said, when and where, is fixed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeWorkspace } from "../../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
let inboundId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const { channel } = await makeWorkspace(db.prisma);
  const s = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "c1", body: "Ma commande n'est jamais arrivée" })]);
  inboundId = (await db.prisma.message.findFirstOrThrow({ where: { caseId: s.caseIds[0]!, direction: "INBOUND" } })).id;
});
afterAll(() => db?.dispose());

async function exec(script: string): Promise<void> {
  try {
    await db.sql.exec(`BEGIN;\n${script};\nCOMMIT;`);
  } catch (err) {
    await db.sql.exec("ROLLBACK").catch(() => undefined);
    throw err;
  }
}

/** A public reply to the customer's comment, stored QUEUED as lib/outbound/queue-reply.ts stores it. */
async function queuedReply(body = "Bonjour Claire, nous regardons tout de suite."): Promise<string> {
  const [r] = await db.sql.query<{ id: string }>(
    `INSERT INTO messages (id, "workspaceId", "caseId", "channelId", "parentId", direction, visibility, kind, body, "platformCreatedAt", "deliveryStatus")
     SELECT gen_random_uuid(), "workspaceId", "caseId", "channelId", id, 'OUTBOUND', 'PUBLIC', 'COMMENT', $1, now(), 'QUEUED'
       FROM messages WHERE id = $2 RETURNING id`,
    [body, inboundId],
  );
  return r!.id;
}

const set = (id: string, assignments: string) => exec(`UPDATE messages SET ${assignments} WHERE id = '${id}'`);

async function sentReply(): Promise<string> {
  const id = await queuedReply();
  await set(id, `"deliveryStatus" = 'SENDING', "attemptCount" = 1`);
  await set(id, `"deliveryStatus" = 'SENT', "externalId" = 'fb-${id}', "deliveredAt" = now()`);
  return id;
}

describe("a sent reply stays as it was sent", () => {
  it("cannot step back to FAILED, take a new body and return to SENT in one transaction", async () => {
    const id = await sentReply();
    await expect(
      exec(`UPDATE messages SET "deliveryStatus" = 'FAILED' WHERE id = '${id}';
            UPDATE messages SET body = 'Nous ne répondons pas aux réclamations ici.' WHERE id = '${id}';
            UPDATE messages SET "deliveryStatus" = 'SENT' WHERE id = '${id}'`),
    ).rejects.toThrow(/delivery status/);
    const m = await db.prisma.message.findUniqueOrThrow({ where: { id } });
    expect(m).toMatchObject({ deliveryStatus: "SENT", body: "Bonjour Claire, nous regardons tout de suite." });
  });

  it.each([
    ["its platform time", `"platformCreatedAt" = now() - interval '3 days'`],
    ["its delivery time", `"deliveredAt" = now() - interval '3 days'`],
    ["its platform id", `"externalId" = 'fb-someone-else'`],
    ["its body", `body = 'autre chose'`],
  ])("keeps %s", async (_what, assignment) => {
    const id = await sentReply();
    await expect(set(id, assignment)).rejects.toThrow(/never changed|never rewritten/);
  });

  it("cannot be handed back to the queue after its claim, take a new body and be recorded as sent", async () => {
    // SENDING → QUEUED is the retry / sweeper path and QUEUED → SENT the late worker's: together they reopened
    // the words of a reply whose first attempt may already have reached the platform.
    const id = await queuedReply();
    await set(id, `"deliveryStatus" = 'SENDING', "attemptCount" = 1`);
    await expect(
      exec(`UPDATE messages SET "deliveryStatus" = 'QUEUED' WHERE id = '${id}';
            UPDATE messages SET body = 'Nous ne répondons pas aux réclamations ici.' WHERE id = '${id}';
            UPDATE messages SET "deliveryStatus" = 'SENT', "deliveredAt" = now() WHERE id = '${id}'`),
    ).rejects.toThrow(/never rewritten/);
    // Nor by making the claim look as if it never happened first.
    await expect(
      exec(`UPDATE messages SET "deliveryStatus" = 'QUEUED' WHERE id = '${id}';
            UPDATE messages SET "attemptCount" = 0 WHERE id = '${id}';
            UPDATE messages SET body = 'Nous ne répondons pas aux réclamations ici.' WHERE id = '${id}'`),
    ).rejects.toThrow(/never goes down/);
    const m = await db.prisma.message.findUniqueOrThrow({ where: { id } });
    expect(m).toMatchObject({ deliveryStatus: "SENDING", attemptCount: 1, body: "Bonjour Claire, nous regardons tout de suite." });
  });

  it("never moves a customer's message or a note out of RECEIVED", async () => {
    await expect(set(inboundId, `"deliveryStatus" = 'QUEUED'`)).rejects.toThrow(/delivery status/);
    await expect(set(inboundId, `"platformCreatedAt" = now()`)).rejects.toThrow(/never changed/);
  });
});

describe("delivery moves forward only, as the outbox needs", () => {
  it("queued → sending → queued again (a retryable failure, or a worker lost mid-call) → sending → sent", async () => {
    const id = await queuedReply();
    await set(id, `body = 'Bonjour Claire, nous regardons tout de suite !'`); // still in the outbox: may be corrected
    await set(id, `"deliveryStatus" = 'SENDING', "attemptCount" = 1`);
    await set(id, `"deliveryStatus" = 'QUEUED', "deliveryError" = 'rate limited', "nextAttemptAt" = now()`);
    await set(id, `"deliveryStatus" = 'SENDING', "attemptCount" = 2`);
    await set(id, `"deliveryStatus" = 'SENT', "externalId" = 'fb-${id}', "deliveredAt" = now(), "deliveryError" = NULL, "nextAttemptAt" = NULL`);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id } })).deliveryStatus).toBe("SENT");
  });

  it("a platform id found afterwards, the echo of our reply, may still be attached to a sent reply that had none", async () => {
    const id = await queuedReply();
    await set(id, `"deliveryStatus" = 'SENDING'`);
    await set(id, `"deliveryStatus" = 'SENT', "deliveredAt" = now()`);
    await set(id, `"externalId" = 'fb-echo-${id}'`);
  });

  it("a failed reply is final: neither queued again nor turned into a sent one, and keeps what it tried to say", async () => {
    const id = await queuedReply();
    await set(id, `"deliveryStatus" = 'SENDING'`);
    await set(id, `"deliveryStatus" = 'FAILED', "deliveryError" = 'Comment deleted'`);
    await expect(set(id, `"deliveryStatus" = 'QUEUED'`)).rejects.toThrow(/delivery status/);
    await expect(set(id, `"deliveryStatus" = 'SENT'`)).rejects.toThrow(/delivery status/);
    await expect(set(id, `body = 'autre chose'`)).rejects.toThrow(/never rewritten/);
  });

  it("a worker whose lease ran out may still record its outcome on the reply the sweeper queued again", async () => {
    const sent = await queuedReply();
    await set(sent, `"deliveryStatus" = 'SENT', "externalId" = 'fb-${sent}', "deliveredAt" = now()`);
    const failed = await queuedReply();
    await set(failed, `"deliveryStatus" = 'FAILED', "deliveryError" = 'Comment deleted'`);
  });

  it("nothing goes back to RECEIVED or to a state before its claim", async () => {
    const id = await queuedReply();
    await expect(set(id, `"deliveryStatus" = 'RECEIVED'`)).rejects.toThrow(/delivery status/);
    await set(id, `"deliveryStatus" = 'SENDING'`);
    await expect(set(id, `"deliveryStatus" = 'RECEIVED'`)).rejects.toThrow(/delivery status/);
  });
});
