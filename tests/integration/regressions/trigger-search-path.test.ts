// Issue #20 item 2: the append-only triggers resolved their functions and operators through the caller's
// search_path, and the app's PostgreSQL role could create a schema to put a look-alike first:
//   CREATE SCHEMA x; CREATE FUNCTION x.to_jsonb(anyelement) …; SET LOCAL search_path = x, pg_catalog, public;
//   UPDATE public.messages SET direction = 'OUTBOUND', "caseId" = … → UPDATE 1.
// Now the app role creates nothing outside pg-boss's own schema, and every function of ours runs with a fixed
// search_path (pg_catalog first), so a look-alike in any schema the session can write to changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/lib/auth/api-tokens";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { comment, makeMember, makeWorkspace } from "../../helpers/factories";
import { createTestDatabase, onPostgres, type TestDatabase } from "../../helpers/test-db";

let db: TestDatabase;
let caseId: string;
let otherCaseId: string;
let inboundId: string;
let tokenId: string;
let adminUserId: string;
let n = 0;

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
  adminUserId = (await makeMember(db.prisma, ws.id, "ADMIN")).userId;
  tokenId = (await createApiToken(db.prisma, { email: cm.email })).id;
});
afterAll(() => db?.dispose());

/** Runs a script in one transaction; a refusal rolls it back (PGlite keeps no pool to do it for us). */
async function attack(script: string): Promise<void> {
  try {
    await db.sql.exec(`BEGIN;\n${script};\nCOMMIT;`);
  } catch (err) {
    await db.sql.exec("ROLLBACK").catch(() => undefined);
    throw err;
  }
}

/** A schema this session may create functions in: a new one if it may create schemas, else pg-boss's. */
async function writableSchema(): Promise<string> {
  const name = `shadow_${++n}`;
  try {
    await db.sql.exec(`CREATE SCHEMA ${name}`);
    return name;
  } catch {
    return "pgboss";
  }
}

const shadowToJsonb = (x: string) =>
  `CREATE OR REPLACE FUNCTION ${x}.to_jsonb(anyelement) RETURNS jsonb LANGUAGE sql AS $$ SELECT '{}'::jsonb $$;
   SET LOCAL search_path = ${x}, pg_catalog, public`;

describe("the append-only triggers ignore the caller's search_path", () => {
  it("a look-alike to_jsonb does not let an inbound message become ours or move to another case", async () => {
    const x = await writableSchema();
    await expect(
      attack(`${shadowToJsonb(x)};
        UPDATE public.messages SET direction = 'OUTBOUND', "caseId" = '${otherCaseId}' WHERE id = '${inboundId}'`),
    ).rejects.toThrow(/never changed/);
    expect(await db.prisma.message.findUniqueOrThrow({ where: { id: inboundId } })).toMatchObject({ direction: "INBOUND", caseId });
  });

  it("a look-alike to_jsonb does not let an API token be re-bound to another user (an admin)", async () => {
    const x = await writableSchema();
    await expect(
      attack(`${shadowToJsonb(x)};
        UPDATE public.api_tokens SET "tokenHash" = 'attacker-known-hash', "userId" = '${adminUserId}' WHERE id = '${tokenId}'`),
    ).rejects.toThrow(/never changed/);
    expect((await db.prisma.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).userId).not.toBe(adminUserId);
  });

  it("a look-alike =(text, text) does not let a customer's words be rewritten", async () => {
    const x = await writableSchema();
    await expect(
      attack(`CREATE FUNCTION ${x}.always_equal(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT true';
        CREATE OPERATOR ${x}.= (LEFTARG = text, RIGHTARG = text, FUNCTION = ${x}.always_equal);
        SET LOCAL search_path = ${x}, pg_catalog, public;
        UPDATE public.messages SET body = 'Merci, tout est parfait' WHERE id = '${inboundId}'`),
    ).rejects.toThrow(/never rewritten/);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: inboundId } })).body).toBe("Ma commande n'est jamais arrivée");
  });

  it("every function of ours (not an extension's) runs with search_path = pg_catalog, public, pg_temp", async () => {
    const loose = await db.sql.query<{ f: string }>(
      `SELECT p.oid::regprocedure::text AS f FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace
        WHERE s.nspname = 'public'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
          AND NOT coalesce(p.proconfig @> ARRAY['search_path=pg_catalog, public, pg_temp'], false)
        ORDER BY 1`,
    );
    expect(loose.map((r) => r.f)).toEqual([]);
  });
});

describe.skipIf(!onPostgres)("the app's PostgreSQL role creates nothing outside pg-boss's schema", () => {
  it("cannot create a schema (the attack as reported stops at its first statement)", async () => {
    await expect(
      attack(`CREATE SCHEMA x; ${shadowToJsonb("x")};
        UPDATE public.messages SET direction = 'OUTBOUND', "caseId" = '${otherCaseId}' WHERE id = '${inboundId}'`),
    ).rejects.toThrow(/permission denied for database/);
    expect(await db.prisma.message.findUniqueOrThrow({ where: { id: inboundId } })).toMatchObject({ direction: "INBOUND", caseId });
  });

  it("has no CREATE on the database nor on public", async () => {
    const [p] = await db.sql.query<{ db: boolean; pub: boolean }>(
      `SELECT has_database_privilege(current_database(), 'CREATE') AS db, has_schema_privilege('public', 'CREATE') AS pub`,
    );
    expect(p).toEqual({ db: false, pub: false });
    await expect(db.sql.exec(`CREATE FUNCTION public.to_jsonb(anyelement) RETURNS jsonb LANGUAGE sql AS $$ SELECT '{}'::jsonb $$`))
      .rejects.toThrow(/permission denied/);
  });
});
