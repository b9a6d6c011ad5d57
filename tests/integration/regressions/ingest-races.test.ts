// Regressions (issue 7, item 5) that need real concurrency: they race transactions on PostgreSQL
// (TEST_PG_ADMIN_URL); on PGlite, one connection serialises everything, so they are skipped there.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateCase } from "@/lib/cases/update-case";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../../helpers/factories";
import { eventually } from "../../helpers/eventually";
import { createTestDatabase, lockWaiters, onPostgres, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
});

describe.runIf(onPostgres)("ingestion under concurrency (PostgreSQL)", () => {
  it("stores both first messages of a new author that arrive at the same time (no silent drop)", async () => {
    const { channel } = await makeWorkspace(db.prisma);
    // Several authors, each with two first messages ingested concurrently: every pair races on creating the
    // same contact identity; the loser used to be counted as a duplicate of its message and dropped.
    const authors = Array.from({ length: 6 }, (_, i) => `new-author-${i}`);
    const results = await Promise.all(
      authors.flatMap((a, i) =>
        [0, 1].map((k) =>
          ingestEvents(db.prisma, channel.id, [
            comment({ externalId: `${a}-m${k}`, body: `Message ${k} de ${a}`, author: { platformUserId: a, name: `Auteur ${i}` }, thread: { externalId: `post-${i}-${k}`, kind: "POST" }, platformCreatedAt: new Date(Date.now() - 1000 * (k + 1)) }),
          ]),
        ),
      ),
    );
    expect(results.reduce((n, s) => n + s.stored, 0)).toBe(authors.length * 2);
    expect(await db.prisma.message.count({ where: { channelId: channel.id } })).toBe(authors.length * 2);
    expect(await db.prisma.contactIdentity.count({ where: { channelId: channel.id } })).toBe(authors.length);
  });

  it("an agent's status change racing a reopen by the customer is checked and audited against the reopened case", async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    const cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    const s = await ingestEvents(db.prisma, channel.id, [comment({ externalId: "race-1", body: "Colis cassé", author: { platformUserId: "racer" } })]);
    const caseId = s.caseIds[0]!;
    // Answered and resolved (closing a complaint nobody answered is refused: close-unanswered-complaint.test.ts).
    await db.prisma.case.update({ where: { id: caseId }, data: { status: "RESOLVED", resolvedAt: new Date(), firstRespondedAt: new Date() } });

    // The customer's reopen, as ingestion writes it, in a transaction held open on another connection.
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    await other.query("BEGIN");
    await other.query(`UPDATE cases SET status = 'OPEN', "resolvedAt" = NULL WHERE id = $1`, [caseId]);
    // The agent, who saw "resolved", closes the case meanwhile.
    const agent = updateCase(db.prisma, cm, caseId, { status: "CLOSED" }, leaveToSweep);
    // Commit the reopen only once the agent's transaction is waiting on the case row.
    await eventually(() => lockWaiters(other), (n) => n > 0, 20_000, "the agent's update to wait on the case row");
    await other.query("COMMIT");
    await other.end();
    await agent;

    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { caseId, action: "CASE_STATUS_CHANGED" }, orderBy: { id: "desc" } });
    // The change the agent made was from OPEN (the reopened case), not from the RESOLVED they had seen.
    expect(audit.data).toMatchObject({ from: "OPEN", to: "CLOSED" });
  });
});
