// Issue #11 item 7: what a database session could do below the API. Each statement here succeeded before the
// security_hardening migration; the record's triggers now refuse it, on PGlite and on PostgreSQL. On PostgreSQL
// the session is the app's role (tests/helpers/test-db.ts), which also cannot disable triggers, TRUNCATE or DROP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { addNote } from "@/lib/cases/add-note";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, onPostgres, TEST_APP_ROLE, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let caseId: string;
let otherCaseId: string;
let inboundId: string;
let noteId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  const { ws, channel } = await makeWorkspace(db.prisma);
  const s = await ingestEvents(db.prisma, channel.id, [
    comment({ externalId: "c1", body: "Ma commande n'est jamais arrivée" }),
    comment({ externalId: "c2", body: "Autre souci", author: { platformUserId: "u2", name: "Paul" } }),
  ]);
  [caseId, otherCaseId] = s.caseIds as [string, string];
  inboundId = (await db.prisma.message.findFirstOrThrow({ where: { caseId, direction: "INBOUND" } })).id;
  const cm = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
  await addNote(db.prisma, cm, caseId, "Client appelé, colis retrouvé");
  noteId = (await db.prisma.message.findFirstOrThrow({ where: { caseId, kind: "NOTE" } })).id;
  await createApiToken(db.prisma, { email: cm.email });
  await db.prisma.loginAttempt.create({ data: { email: cm.email, success: false } });
  await db.prisma.team.create({ data: { workspaceId: ws.id, name: "Support" } });
  await db.prisma.escalation.create({
    data: { caseId, reason: "Remboursement", context: {}, createdById: cm.userId },
  });
});
afterAll(() => db?.dispose());

const ACCESS_TABLES = ["api_tokens", "memberships", "teams", "login_attempts", "workspaces", "users"] as const;

describe("append-only below the API", () => {
  it.each(ACCESS_TABLES)("refuses DELETE and TRUNCATE on %s", async (table) => {
    await expect(db.sql.exec(`DELETE FROM ${table}`)).rejects.toThrow(/never deleted/);
    await expect(db.sql.exec(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/never deleted|permission denied/);
  });

  it("refuses flipping an inbound message to OUTBOUND (to rewrite it) and moving it to another case", async () => {
    await expect(db.sql.exec(`UPDATE messages SET direction = 'OUTBOUND' WHERE id = '${inboundId}'`)).rejects.toThrow(/never changed/);
    await expect(db.sql.exec(`UPDATE messages SET "caseId" = '${otherCaseId}' WHERE id = '${inboundId}'`)).rejects.toThrow(/never changed/);
  });

  it("refuses rewriting a note and a reply once sent; a reply still in the outbox can be corrected", async () => {
    await expect(db.sql.exec(`UPDATE messages SET body = 'rien' WHERE id = '${noteId}'`)).rejects.toThrow(/never rewritten/);
    const [reply] = await db.sql.query<{ id: string }>(
      `INSERT INTO messages (id, "workspaceId", "caseId", "channelId", direction, visibility, kind, body, "platformCreatedAt", "deliveryStatus")
       SELECT gen_random_uuid(), "workspaceId", "caseId", "channelId", 'OUTBOUND', 'PUBLIC', 'COMMENT', 'Bonjour', now(), 'QUEUED'
         FROM messages WHERE id = '${inboundId}' RETURNING id`,
    );
    await db.sql.exec(`UPDATE messages SET body = 'Bonjour Claire' WHERE id = '${reply!.id}'`);
    await db.sql.exec(`UPDATE messages SET "deliveryStatus" = 'SENT' WHERE id = '${reply!.id}'`);
    await expect(db.sql.exec(`UPDATE messages SET body = 'autre chose' WHERE id = '${reply!.id}'`)).rejects.toThrow(/never rewritten/);
  });

  it("refuses rewriting an escalation's reason and moving a case to another workspace", async () => {
    await expect(db.sql.exec(`UPDATE escalations SET reason = 'rien'`)).rejects.toThrow(/never changed/);
    const [ws] = await db.sql.query<{ id: string }>(`INSERT INTO workspaces (id, slug, name) VALUES (gen_random_uuid(), 'other-ws', 'Other') RETURNING id`);
    await expect(db.sql.exec(`UPDATE cases SET "workspaceId" = '${ws!.id}' WHERE id = '${caseId}'`)).rejects.toThrow(/never changed/);
  });

  it("guards every fixed column: each guard's WHEN condition names all the columns its function checks", async () => {
    // The WHEN condition (20261212100000) spares the function call on ordinary updates; a column added to the
    // function's list but not to the condition would never be checked. Read back from the catalogue.
    const rows = await db.sql.query<{ name: string; def: string }>(
      `SELECT t.tgname AS name, pg_get_triggerdef(t.oid) AS def FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
        WHERE p.proname = 'forbid_column_change' AND NOT t.tgisinternal`,
    );
    expect(rows.map((r) => r.name).sort()).toEqual(["api_tokens_fixed_columns", "cases_fixed_columns", "channels_fixed_columns",
      "escalations_fixed_columns", "memberships_fixed_columns", "messages_fixed_columns", "teams_fixed_columns"]);
    for (const { name, def } of rows) {
      const args = [...def.slice(def.lastIndexOf("forbid_column_change(")).matchAll(/'([^']+)'/g)].map((m) => m[1]!);
      expect(args.length, name).toBeGreaterThan(1);
      for (const col of args) expect(def, `${name}: ${col}`).toMatch(new RegExp(`old\\.("?)${col}\\1 IS DISTINCT FROM new\\.\\1${col}\\1`, "i"));
    }
  });

  it("refuses changing a case's number and channel, and a message's author, one column at a time", async () => {
    await expect(db.sql.exec(`UPDATE cases SET number = number + 1000 WHERE id = '${caseId}'`)).rejects.toThrow(/"number" of "cases" is never changed/);
    await expect(db.sql.exec(`UPDATE cases SET "channelId" = NULL WHERE id = '${caseId}'`)).rejects.toThrow(/never changed|null value/);
    await expect(db.sql.exec(`UPDATE messages SET "platformCreatedAt" = now() - interval '1 day' WHERE id = '${inboundId}'`))
      .rejects.toThrow(/"platformCreatedAt" of "messages" is never changed/);
    await db.sql.exec(`UPDATE cases SET tags = ARRAY['livraison'] WHERE id = '${caseId}'`); // an ordinary update goes through
  });

  it("refuses un-revoking a token and changing login attempts", async () => {
    await db.sql.exec(`UPDATE api_tokens SET "revokedAt" = now()`);
    await expect(db.sql.exec(`UPDATE api_tokens SET "revokedAt" = NULL`)).rejects.toThrow(/stays revoked/);
    await expect(db.sql.exec(`UPDATE login_attempts SET success = true`)).rejects.toThrow(/never changed/);
  });
});

describe.skipIf(!onPostgres)("the app's PostgreSQL role", () => {
  it("connects as a role that owns nothing and has no special power", async () => {
    const [me] = await db.sql.query<{ u: string; su: boolean; owned: number }>(
      `SELECT current_user AS u, r.rolsuper AS su,
              (SELECT count(*)::int FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user) AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(me).toEqual({ u: TEST_APP_ROLE, su: false, owned: 0 });
  });

  it.each(["cases", "messages", "audit_events", "api_tokens", "memberships"])(
    "cannot DELETE, TRUNCATE, DISABLE TRIGGER or DROP %s",
    async (table) => {
      await expect(db.sql.exec(`DELETE FROM ${table}`)).rejects.toThrow(/never deleted/);
      await expect(db.sql.exec(`TRUNCATE ${table} CASCADE`)).rejects.toThrow(/permission denied/);
      await expect(db.sql.exec(`ALTER TABLE ${table} DISABLE TRIGGER ALL`)).rejects.toThrow(/must be owner/);
      await expect(db.sql.exec(`DROP TABLE ${table} CASCADE`)).rejects.toThrow(/must be owner/);
      const [n] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      expect(n!.n).toBeGreaterThan(0);
    },
  );

  it("cannot rewrite the migration history", async () => {
    await expect(db.sql.exec(`DELETE FROM "_prisma_migrations"`)).rejects.toThrow(/permission denied/);
  });
});
