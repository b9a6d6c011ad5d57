// Seeding of the inbox benchmark's database with set-based SQL: workspace, members, channels, contacts (+ identities)
// and threads here; cases and messages in inbox-bench-seed-cases.ts.
import os from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { fmtS, pad, pick, step, withClient, type Sizes } from "./inbox-bench-common";
import { seedCases } from "./inbox-bench-seed-cases";
import * as V from "./vocabulary";

const SEED_CHUNKS = 8;
const SEED_WORKERS = Math.max(1, Math.min(SEED_CHUNKS, os.cpus().length));

/**
 * Session settings of a loading connection: UTC timestamps as Prisma writes them, room for the sorts and hashes
 * of a bulk load, no wait for the WAL flush (session-level only; the server's configuration is untouched), and
 * a fixed random() seed.
 */
async function bulkSession(c: pg.Client, seedIndex: number): Promise<void> {
  await c.query(`SET TIME ZONE 'UTC'`);
  await c.query(`SET work_mem = '256MB'`);
  await c.query(`SET maintenance_work_mem = '512MB'`);
  await c.query(`SET synchronous_commit = off`);
  await c.query(`SELECT setseed($1)`, [0.4242 - seedIndex / 100]);
}

export async function seed(url: string, s: Sizes): Promise<void> {
  console.log(`\nSeeding ${s.cases.toLocaleString("en-US")} cases (set-based SQL):`);
  const total0 = performance.now();
  await withClient(url, async (c) => {
    const run = async (sql: string, params: unknown[] = []) => (await c.query(sql, params)).rowCount ?? 0;
    await bulkSession(c, 0);
    /**
     * The big statements run as SEED_CHUNKS slices (case number modulo SEED_CHUNKS), SEED_WORKERS at a time on
     * their own connections, so every core works. Each slice seeds random() with its own number: the data
     * depend on the size only, not on the machine.
     */
    const chunked = async (sql: (chunk: string) => string, params: unknown[]) => {
      const clients = await Promise.all(
        Array.from({ length: SEED_WORKERS }, async () => {
          const w = new pg.Client({ connectionString: url });
          await w.connect();
          return w;
        }),
      );
      try {
        let next = 0;
        let rows = 0;
        await Promise.all(
          clients.map(async (w) => {
            for (let i = next++; i < SEED_CHUNKS; i = next++) {
              await bulkSession(w, i + 1);
              const res = await w.query(sql(`sc.n % ${SEED_CHUNKS} = ${i}`), params);
              rows += res.rowCount ?? 0;
            }
          }),
        );
        return rows;
      } finally {
        await Promise.all(clients.map((w) => w.end()));
      }
    };
    // Deterministic, RFC 4122-shaped ids (version 4, variant 8) so rows can reference each other without joins
    // and the ids pass the API's z.uuid() (cursors carry a case id). Dropped at the end of seeding.
    // Deterministic, RFC 4122-shaped ids (version 4, variant 8) so rows can reference each other without joins
    // and the ids pass the API's z.uuid() (cursors carry a case id). One expression, so the planner inlines it.
    // Dropped at the end of seeding.
    await run(`CREATE FUNCTION bench_uuid(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT (substr(md5(t), 1, 12) || '4' || substr(md5(t), 14, 3) || '8' || substr(md5(t), 18, 15))::uuid::text $$`);
    // The search trigger appends inbox_tsvector(body) of each message, in insertion order; this aggregate
    // lets one UPDATE build exactly that value (see "cases.search" below).
    await run(`CREATE AGGREGATE bench_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')`);
    const ws = (await c.query<{ id: string }>(`SELECT bench_uuid('ws') AS id`)).rows[0]!.id;

    await step("workspaces", () =>
      run(`INSERT INTO workspaces (id, slug, name, "caseCounter") VALUES ($1, 'bench', 'Bench Retail', $2)`, [ws, s.cases]),
    );
    await step("users + memberships (6 CM, 2 CS, 1 lead, 1 admin)", async () => {
      const users = await run(
        `INSERT INTO users (id, email, name, "passwordHash", locale)
         SELECT bench_uuid('user' || g), 'agent' || g || '@bench.test', ($1::text[])[g],
                'scrypt$bench$not-a-real-hash', CASE WHEN g % 3 = 0 THEN 'en' ELSE 'fr' END
           FROM generate_series(1, 10) g`,
        [V.AGENT_NAMES],
      );
      await run(
        `INSERT INTO memberships (id, "workspaceId", "userId", role, "createdAt")
         SELECT bench_uuid('member' || g), $1, bench_uuid('user' || g),
                (CASE WHEN g <= 6 THEN 'COMMUNITY_MANAGER' WHEN g <= 8 THEN 'CUSTOMER_SERVICE'
                      WHEN g = 9 THEN 'TEAM_LEAD' ELSE 'ADMIN' END)::"Role",
                now() - interval '1 year' + g * interval '1 minute'
           FROM generate_series(1, 10) g`,
        [ws],
      );
      return users;
    });
    await step("channels (2 Facebook Pages, 2 X accounts)", () =>
      run(
        `INSERT INTO channels (id, "workspaceId", kind, platform, "externalId", name, "lastEventAt", "lastPollAt", "updatedAt")
         SELECT bench_uuid('ch' || g), $1,
                (CASE WHEN g < 2 THEN 'FACEBOOK_PAGE' ELSE 'X_ACCOUNT' END)::"ChannelKind",
                (CASE WHEN g < 2 THEN 'FACEBOOK' ELSE 'X' END)::"Platform",
                'bench-' || (1000 + g), ($2::text[])[g + 1], now(), now(), now()
           FROM generate_series(0, 3) g`,
        [ws, V.CHANNEL_NAMES],
      ),
    );
    await step("contacts", () =>
      run(
        `INSERT INTO contacts (id, "workspaceId", "displayName", signals, "createdAt")
         SELECT bench_uuid('ct' || g), $1, ${pick("$2::text[]")} || ' ' || ${pick("$3::text[]")},
                CASE WHEN random() < 0.01 THEN ARRAY['journalist'] WHEN random() < 0.03 THEN ARRAY['high_reach']
                     WHEN random() < 0.01 THEN ARRAY['troll'] ELSE ARRAY[]::text[] END,
                now() - interval '400 days' * random()
           FROM generate_series(1, $4) g`,
        [ws, V.FIRST_NAMES, V.LAST_NAMES, s.contacts],
      ),
    );
    // Every contact has an identity on channel (n % 4); one in five also on the next channel.
    await step("contact_identities", () =>
      run(
        `INSERT INTO contact_identities (id, "contactId", "channelId", "platformUserId", handle, name,
                                         "followerCount", "profileUrl", "updatedAt")
         SELECT bench_uuid('ci' || g || '-' || ch), bench_uuid('ct' || g), bench_uuid('ch' || ch),
                (100000000 + g * 10 + ch)::text,
                CASE WHEN ch >= 2 THEN 'user_' || g END, 'Contact ' || g,
                floor(exp(random() * 11))::int,
                CASE WHEN ch >= 2 THEN 'https://x.com/user_' || g ELSE 'https://facebook.com/' || (100000000 + g) END,
                now()
           FROM generate_series(1, $1) g
          CROSS JOIN LATERAL (SELECT g % 4 AS ch UNION ALL SELECT (g + 1) % 4 WHERE g % 5 = 0) x`,
        [s.contacts],
      ),
    );
    // Thread t is on channel t % 4; Facebook: posts and 1 in 5 Messenger conversations; X: tweets and 1 in 3 DMs.
    await step("threads", () =>
      run(
        `INSERT INTO threads (id, "channelId", kind, "externalId", text, permalink, "platformCreatedAt")
         SELECT bench_uuid('th' || t), bench_uuid('ch' || (t % 4)),
                (CASE WHEN dm THEN 'DM_CONVERSATION' WHEN t % 4 < 2 THEN 'POST' ELSE 'TWEET_CONVERSATION' END)::"ThreadKind",
                'bt-' || t, CASE WHEN NOT dm THEN ${pick("$1::text[]")} END,
                CASE WHEN NOT dm THEN 'https://example.test/p/' || t END,
                now() - interval '200 days' * random()
           FROM generate_series(0, $2 - 1) t
          CROSS JOIN LATERAL (SELECT CASE WHEN t % 4 < 2 THEN (t / 4) % 5 = 0 ELSE (t / 4) % 3 = 0 END AS dm) d`,
        [V.POST_TEXTS, s.threads],
      ),
    );

    await seedCases(run, chunked, ws, s);
    await run(`DROP AGGREGATE bench_tsvector_agg(tsvector)`);
    await run(`DROP FUNCTION bench_uuid(text)`);
    await run(`DROP TABLE bench_seed_cases`);
    // VACUUM as well as ANALYZE: the search UPDATE left one dead version of every case, which autovacuum would
    // clean up on a live server; doing it now makes runs repeatable (and sets the visibility map).
    await step("VACUUM (ANALYZE)", () => run(`VACUUM (ANALYZE)`));
  });
  console.log(`  ${pad("total", 44)} ${pad("", 18)} ${pad(fmtS(performance.now() - total0), 9, true)}`);
}
