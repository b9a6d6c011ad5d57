// Inbox list benchmark on PostgreSQL: `npx tsx tests/bench/inbox-bench.ts [--cases N] [--keep] [--skip-seed]`.
//
// 1. (Re)creates the database `inbox_bench` on the local server (BENCH_PG_ADMIN_URL, default
//    postgresql://postgres@127.0.0.1:5432/postgres) and opens it with openDatabase(), which applies every migration.
// 2. Seeds it with set-based SQL: 1 workspace, 10 members, 4 channels, N/4 contacts (+ identities), N/100 threads,
//    N cases and ~5·N messages whose bodies come from tests/bench/vocabulary.ts.
// 3. Times the real use case, listCases() from lib/cases/list-cases.ts, as a community manager (20 warm-up runs,
//    then 200 measured runs per query shape): (a) default list, (b) status+assignee+platform filter, (c) page 2 by
//    cursor, (d) search, (e) search + status; and two extras, (f) rare searches (an old order number, a customer's
//    name, a word found nowhere) and (g) status=ESCALATED with assignee=me or priority=URGENT. It writes
//    EXPLAIN (ANALYZE, BUFFERS) of the exact SQL listCases() sent to tests/bench/.output/last-plans.txt, slowest
//    query shape first.
// It measures; it does not judge: targets (list p95 <= 50 ms, search p95 <= 150 ms) are printed PASS/FAIL and the
// exit code is 0 whatever they say (non-zero only if the benchmark itself fails).
// Plans for (f) depend on the statistics sample of cases.search (compare the plans file between runs): the same data
// can give a bitmap scan (a few ms) after one ANALYZE and a full walk of the lastMessageAt index (~1 s) after another.
//
// Flags: --cases N (default 200000), --keep (leave the database for a later --skip-seed run),
//        --skip-seed (reuse a kept database; pending migrations are still applied), --runs N, --warmup N,
//        --compare (also time, as raw SQL, the list query with the enum comparisons proposed for list-cases.ts).
import { measureDashboard } from "./dashboard-bench";
import { measureSuggestions } from "./suggest-bench";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { Member } from "../../lib/auth/member";
import { listCases } from "../../lib/cases/list-cases";
import { listCasesQuery } from "../../lib/cases/schemas";
import { openDatabase, type Database } from "../../lib/db/open-database";
import * as V from "./vocabulary";

// ------------------------------------------------------------------------------------------------- options

function flag(name: string): boolean {
  return process.argv.includes(name);
}
function intOption(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} needs a positive integer`);
  return n;
}

const CASES = intOption("--cases", 200_000);
const RUNS = intOption("--runs", 200);
const WARMUP = intOption("--warmup", 20);
const KEEP = flag("--keep");
const SKIP_SEED = flag("--skip-seed");
const COMPARE = flag("--compare");
// BENCH_DB_NAME: a name of your own on a shared server (several people may run benchmarks at once).
const DB_NAME = process.env.BENCH_DB_NAME ?? "inbox_bench";
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const OUTPUT_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), ".output");
const PLANS_FILE = path.join(OUTPUT_DIR, "last-plans.txt");

const TARGET_MS = { list: 50, search: 150 } as const;
const SEARCH_TERMS = ["livraison", "remboursement", "colis abîmé", "delivery"];

function benchUrl(): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

// ------------------------------------------------------------------------------------------------- helpers

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0));
const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? NaN;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padStart(n) : s.padEnd(n);
}

/** `arr[1 + floor(random() * cardinality(arr))]`: one random element per row. */
const pick = (param: string) => `(${param})[1 + floor(random() * cardinality(${param}))::int]`;

// ------------------------------------------------------------------------------------------------- seeding

interface Sizes {
  cases: number;
  contacts: number;
  threads: number;
}

function sizesFor(cases: number): Sizes {
  return {
    cases,
    contacts: Math.max(100, Math.round(cases / 4)),
    // A multiple of 4: thread t belongs to channel t % 4.
    threads: Math.max(8, 4 * Math.round(cases / 400)),
  };
}

async function step(label: string, fn: () => Promise<number | null | void>): Promise<void> {
  const t0 = performance.now();
  const rows = await fn();
  const dt = performance.now() - t0;
  const count = typeof rows === "number" ? `${rows.toLocaleString("en-US")} rows` : "";
  console.log(`  ${pad(label, 44)} ${pad(count, 18, true)} ${pad(fmtS(dt), 9, true)}`);
}

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

async function seed(url: string, s: Sizes): Promise<void> {
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

    // Case attributes, drawn once into a scratch table (dropped at the end) that the cases and messages inserts both read.
    //   status: NEW 15 %, OPEN 30 %, WAITING 10 %, ESCALATED 5 %, RESOLVED 30 %, CLOSED 10 % (independent of age)
    //   assignee: none for NEW, ~60 % unassigned overall; language fr 70 % / en 30 %
    //   contact: skewed (a few customers write a lot); channel: the contact's identity
    //   openedAt: case numbers in chronological order over 180 days; lastMessageAt: a few minutes to ~5 days later
    //   messages: 1 to 9 per case (5 on average), odd = customer, even = our answer (8 % internal notes)
    await step("(scratch table) case attributes", () =>
      run(
        `CREATE UNLOGGED TABLE bench_seed_cases AS
         WITH r AS MATERIALIZED (
           SELECT g AS n, random() AS r_contact, random() AS r_chan, random() AS r_thread, random() AS r_status,
                  random() AS r_assign, random() AS r_who, random() AS r_lang, random() AS r_dur, random() AS r_jit,
                  random() AS r_nmsg, random() AS r_prio, random() AS r_tag, random() AS r_reopen
             FROM generate_series(1, $1::int) g
         ), a AS (
           SELECT r.*, 1 + floor($2::int * r_contact ^ 1.5)::int AS contact,
                  1 + floor(r_nmsg * 9)::int AS nmsg,
                  CASE WHEN r_lang < 0.7 THEN 'fr' ELSE 'en' END AS lang,
                  CASE WHEN r_status < 0.15 THEN 'NEW' WHEN r_status < 0.45 THEN 'OPEN'
                       WHEN r_status < 0.55 THEN 'WAITING_ON_CUSTOMER' WHEN r_status < 0.60 THEN 'ESCALATED'
                       WHEN r_status < 0.90 THEN 'RESOLVED' ELSE 'CLOSED' END AS status,
                  least(now() - interval '1 minute',
                        now() - interval '180 days' + interval '180 days' * ((g_frac)) + interval '1 hour' * (r_jit * 6 - 3))
                    AT TIME ZONE 'UTC' AS opened
             FROM r CROSS JOIN LATERAL (SELECT (r.n - 1)::float8 / $1::int AS g_frac) f
         ), b AS (
           SELECT a.*,
                  CASE WHEN contact % 5 = 0 AND r_chan < 0.5 THEN (contact + 1) % 4 ELSE contact % 4 END AS chan,
                  CASE WHEN nmsg = 1 THEN opened
                       ELSE least((now() AT TIME ZONE 'UTC'), opened + interval '1 minute' * (5 + r_dur ^ 3 * 7200)) END AS last
             FROM a
         )
         SELECT n, bench_uuid('case' || n) AS id, contact, chan, nmsg, lang, status, opened, last,
                chan + 4 * floor(r_thread * ($3::int / 4))::int AS thread,
                CASE WHEN r_assign < (CASE status WHEN 'NEW' THEN 1 WHEN 'OPEN' THEN 0.55 WHEN 'WAITING_ON_CUSTOMER' THEN 0.4
                                                  WHEN 'ESCALATED' THEN 0.3 WHEN 'RESOLVED' THEN 0.55 ELSE 0.7 END)
                     THEN NULL ELSE bench_uuid('user' || (1 + floor(r_who * 6)::int)) END AS assignee,
                CASE WHEN r_prio < 0.1 THEN 'LOW' WHEN r_prio < 0.8 THEN 'NORMAL' WHEN r_prio < 0.95 THEN 'HIGH'
                     ELSE 'URGENT' END AS priority,
                CASE WHEN r_tag < 0.15 THEN ARRAY['livraison'] WHEN r_tag < 0.25 THEN ARRAY['remboursement']
                     WHEN r_tag < 0.28 THEN ARRAY['vip', 'livraison'] ELSE ARRAY[]::text[] END AS tags,
                CASE WHEN r_reopen < 0.05 THEN 1 ELSE 0 END AS reopen,
                CASE WHEN lang = 'fr'
                  THEN ${pick("$4::text[]")} || ' ' || ${pick("$5::text[]")}
                       || CASE WHEN random() < 0.4 THEN ' ' || ${pick("$5::text[]")} ELSE '' END
                       || CASE WHEN random() < 0.3 THEN ' Commande n°' || (1000000 + floor(random() * 8999999))::int ELSE '' END
                  ELSE ${pick("$6::text[]")} || ' ' || ${pick("$7::text[]")}
                       || CASE WHEN random() < 0.4 THEN ' ' || ${pick("$7::text[]")} ELSE '' END
                       || CASE WHEN random() < 0.3 THEN ' Order #' || (1000000 + floor(random() * 8999999))::int ELSE '' END
                END AS first_body
           FROM b`,
        [s.cases, s.contacts, s.threads, V.FR_OPENERS, V.FR_TAILS, V.EN_OPENERS, V.EN_TAILS],
      ),
    );
    const msgTime = (s_: string) =>
      `(sc.opened + (sc.last - sc.opened) * ((${s_} - 1)::float8 / greatest(sc.nmsg - 1, 1)))`;

    // cases_search_init (BEFORE INSERT) stays on: it indexes the author's name and the preview, as in production.
    await step("cases (search_init trigger on)", () =>
      chunked(
        (chunk) => `INSERT INTO cases (id, "workspaceId", number, status, priority, "contactId", "channelId", "threadId",
                            "assigneeId", tags, language, preview, "openedAt", "lastMessageAt", "lastInboundAt",
                            "firstResponseDueAt", "firstRespondedAt", "firstResponseSeconds", "resolutionDueAt",
                            "resolvedAt", "closedAt", "reopenCount", "createdAt", "updatedAt")
         SELECT sc.id, $1, sc.n, sc.status::"CaseStatus", sc.priority::"Priority", bench_uuid('ct' || sc.contact),
                bench_uuid('ch' || sc.chan), bench_uuid('th' || sc.thread), sc.assignee, sc.tags, sc.lang,
                left(sc.first_body, 140), sc.opened, sc.last,
                ${msgTime("(CASE WHEN sc.nmsg % 2 = 1 THEN sc.nmsg ELSE sc.nmsg - 1 END)")},
                sc.opened + interval '60 minutes',
                CASE WHEN sc.nmsg >= 2 THEN ${msgTime("2")} END,
                CASE WHEN sc.nmsg >= 2 THEN extract(epoch FROM ${msgTime("2")} - sc.opened)::int END,
                sc.opened + interval '48 hours',
                CASE WHEN sc.status IN ('RESOLVED', 'CLOSED') THEN sc.last END,
                CASE WHEN sc.status = 'CLOSED' THEN sc.last + interval '1 day' END,
                sc.reopen, sc.opened, sc.last
           FROM bench_seed_cases sc WHERE ${chunk} ORDER BY sc.n`,
        [ws],
      ),
    );

    // cases_search_add_messages (AFTER INSERT on messages, per statement) would rewrite the cases of every chunk of
    // this load again: it is disabled for the bulk insert only, the same vector is built
    // below in one UPDATE, and the trigger is re-enabled before anything else runs. The append-only triggers
    // (DELETE/TRUNCATE/UPDATE of an inbound body) are left alone: an INSERT never fires them.
    await run(`ALTER TABLE messages DISABLE TRIGGER cases_search_add_messages`);
    try {
      await step("messages (cases_search_add_messages off)", () =>
        chunked(
          (chunk) => `INSERT INTO messages (id, "workspaceId", "caseId", "channelId", "threadId", "externalId", direction,
                                 visibility, kind, "authorIdentityId", "authorUserId", body, language,
                                 "platformCreatedAt", "deliveryStatus", "deliveredAt", "createdAt")
           SELECT gen_random_uuid()::text, $1, sc.id, bench_uuid('ch' || sc.chan), bench_uuid('th' || sc.thread),
                  CASE WHEN x.note THEN NULL ELSE 'bm-' || sc.n || '-' || s END,
                  (CASE WHEN s % 2 = 1 THEN 'INBOUND' ELSE 'OUTBOUND' END)::"Direction",
                  (CASE WHEN x.note THEN 'INTERNAL' WHEN x.dm THEN 'PRIVATE' ELSE 'PUBLIC' END)::"Visibility",
                  (CASE WHEN x.note THEN 'NOTE' WHEN x.dm THEN 'DM' WHEN sc.chan < 2 THEN 'COMMENT' ELSE 'MENTION' END)::"MessageKind",
                  CASE WHEN s % 2 = 1 THEN bench_uuid('ci' || sc.contact || '-' || sc.chan) END,
                  CASE WHEN s % 2 = 0 THEN coalesce(sc.assignee, bench_uuid('user' || (1 + sc.n % 6))) END,
                  CASE WHEN s = 1 THEN sc.first_body
                       WHEN x.note THEN ${pick("$2::text[]")}
                       WHEN s % 2 = 0 AND sc.lang = 'fr' THEN ${pick("$3::text[]")}
                       WHEN s % 2 = 0 THEN ${pick("$4::text[]")}
                       WHEN sc.lang = 'fr' THEN ${pick("$5::text[]")}
                            || CASE WHEN random() < 0.3 THEN ' ' || ${pick("$7::text[]")} ELSE '' END
                       ELSE ${pick("$6::text[]")} || CASE WHEN random() < 0.3 THEN ' ' || ${pick("$8::text[]")} ELSE '' END
                  END,
                  sc.lang, ${msgTime("s")},
                  (CASE WHEN s % 2 = 1 THEN 'RECEIVED' ELSE 'SENT' END)::"DeliveryStatus",
                  CASE WHEN s % 2 = 0 AND NOT x.note THEN ${msgTime("s")} END,
                  ${msgTime("s")}
             FROM bench_seed_cases sc
            CROSS JOIN LATERAL generate_series(1, sc.nmsg) s
            CROSS JOIN LATERAL (
              SELECT s % 2 = 0 AND abs(hashint8(sc.n::int8 * 16 + s)::int8) % 100 < 8 AS note,
                     CASE WHEN sc.chan < 2 THEN (sc.thread / 4) % 5 = 0 ELSE (sc.thread / 4) % 3 = 0 END AS dm) x
            WHERE ${chunk}
            ORDER BY sc.n, s`,
          [ws, V.NOTES, V.FR_REPLIES, V.EN_REPLIES, V.FR_FOLLOW_UPS, V.EN_FOLLOW_UPS, V.FR_TAILS, V.EN_TAILS],
        ),
      );
      // What the trigger would have produced: search || inbox_tsvector(body) for each message in insertion order.
      await step("cases.search (one UPDATE, = trigger result)", () =>
        chunked(
          (chunk) => `UPDATE cases c SET search = coalesce(c.search, ''::tsvector) || m.v
             FROM (SELECT m."caseId", bench_tsvector_agg(inbox_tsvector(m.body) ORDER BY m."platformCreatedAt") AS v
                     FROM messages m JOIN bench_seed_cases sc ON sc.id = m."caseId" WHERE ${chunk}
                    GROUP BY m."caseId") m
            WHERE c.id = m."caseId"`,
          [],
        ),
      );
    } finally {
      await run(`ALTER TABLE messages ENABLE TRIGGER cases_search_add_messages`);
    }
    await run(`DROP AGGREGATE bench_tsvector_agg(tsvector)`);
    await run(`DROP FUNCTION bench_uuid(text)`);
    await run(`DROP TABLE bench_seed_cases`);
    // VACUUM as well as ANALYZE: the search UPDATE left one dead version of every case, which autovacuum would
    // clean up on a live server; doing it now makes runs repeatable (and sets the visibility map).
    await step("VACUUM (ANALYZE)", () => run(`VACUUM (ANALYZE)`));
  });
  console.log(`  ${pad("total", 44)} ${pad("", 18)} ${pad(fmtS(performance.now() - total0), 9, true)}`);
}

// ------------------------------------------------------------------------------------------------- measuring

interface Captured {
  text: string;
  values: unknown[];
}

/** The SQL and parameters of the last list query Prisma sent (PrismaPg calls pool.query({ text, values })). */
let lastListSql: Captured | null = null;
function captureListQueries(): void {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: pg.Pool, ...args: unknown[]) {
    const cfg = args[0] as { text?: unknown; values?: unknown[] } | undefined;
    if (cfg && typeof cfg === "object" && typeof cfg.text === "string" && /\bFROM cases c\b/.test(cfg.text)) {
      lastListSql = { text: cfg.text, values: [...(cfg.values ?? [])] };
    }
    return original.apply(this, args);
  };
}

interface Scenario {
  key: string;
  label: string;
  kind: keyof typeof TARGET_MS;
  /** Rotated over the runs; each is listCasesQuery input, as the API receives it. */
  inputs: Array<Record<string, string>>;
  /** SQL counting the cases the filter matches (for the report only; $1 = workspace, $2 = q). */
  countSql: string | ((input: Record<string, string>) => string);
}

interface Result {
  scenario: Scenario;
  times: number[];
  rows: number[];
  byInput: Map<string, number[]>;
  sql: Map<string, Captured>;
  matching: Map<string, number>;
}

const describe = (input: Record<string, string>) =>
  Object.entries(input)
    .filter(([k]) => k !== "cursor")
    .map(([k, v]) => `${k}=${v}`)
    .join(" ") || "(defaults)";

async function measure(db: Database, member: Member, sc: Scenario): Promise<Result> {
  const queries = sc.inputs.map((input) => ({ input, parsed: listCasesQuery.parse(input), name: describe(input) }));
  const res: Result = { scenario: sc, times: [], rows: [], byInput: new Map(), sql: new Map(), matching: new Map() };
  for (let i = 0; i < WARMUP; i++) await listCases(db.prisma, member, queries[i % queries.length]!.parsed);
  for (let i = 0; i < RUNS; i++) {
    const q = queries[i % queries.length]!;
    const t0 = performance.now();
    const out = await listCases(db.prisma, member, q.parsed);
    const dt = performance.now() - t0;
    res.times.push(dt);
    res.rows.push(out.data.length);
    const list = res.byInput.get(q.name) ?? [];
    list.push(dt);
    res.byInput.set(q.name, list);
    if (lastListSql) res.sql.set(q.name, lastListSql);
  }
  for (const q of queries) {
    const countSql = typeof sc.countSql === "function" ? sc.countSql(q.input) : sc.countSql;
    const rows = await db.sql.query<{ n: number }>(countSql, [member.workspaceId, q.input.q ?? ""]);
    res.matching.set(q.name, rows[0]?.n ?? NaN);
  }
  return res;
}

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), max: s[s.length - 1] ?? NaN };
}

function printTable(results: Result[]): string[] {
  const lines: string[] = [];
  const head =
    `${pad("query", 50)} ${pad("runs", 5, true)} ${pad("p50", 7, true)} ${pad("p95", 7, true)} ` +
    `${pad("p99", 7, true)} ${pad("max", 7, true)} ${pad("rows", 6, true)} ${pad("matching", 9, true)}  target`;
  lines.push(head, "-".repeat(head.length + 10));
  for (const r of results) {
    const st = stats(r.times);
    const target = TARGET_MS[r.scenario.kind];
    const pass = st.p95 <= target ? "PASS" : "FAIL";
    const rows = [...new Set(r.rows)].sort((a, b) => a - b).join("/");
    const matching = [...r.matching.values()].reduce((a, b) => a + b, 0);
    const matchCol = r.matching.size > 1 ? "" : matching.toLocaleString("en-US");
    lines.push(
      `${pad(r.scenario.label, 50)} ${pad(String(r.times.length), 5, true)} ${pad(fmtMs(st.p50), 7, true)} ` +
        `${pad(fmtMs(st.p95), 7, true)} ${pad(fmtMs(st.p99), 7, true)} ${pad(fmtMs(st.max), 7, true)} ` +
        `${pad(rows, 6, true)} ${pad(matchCol, 9, true)}  p95 ≤ ${target} ms ${pass}`,
    );
    if (r.byInput.size > 1) {
      for (const [name, times] of r.byInput) {
        const s2 = stats(times);
        lines.push(
          `${pad(`    ${name}`, 50)} ${pad(String(times.length), 5, true)} ${pad(fmtMs(s2.p50), 7, true)} ` +
            `${pad(fmtMs(s2.p95), 7, true)} ${pad(fmtMs(s2.p99), 7, true)} ${pad(fmtMs(s2.max), 7, true)} ` +
            `${pad("", 6)} ${pad((r.matching.get(name) ?? NaN).toLocaleString("en-US"), 9, true)}`,
        );
      }
    }
  }
  return lines;
}

async function explainAll(url: string, results: Result[], table: string[]): Promise<string> {
  const ordered = [...results].sort((a, b) => stats(b.times).p95 - stats(a.times).p95);
  const out: string[] = [
    `inbox-bench plans, ${new Date().toISOString()}, ${CASES.toLocaleString("en-US")} cases`,
    "",
    ...table,
    "",
    `Slowest query shape (by p95) first. EXPLAIN (ANALYZE, BUFFERS) of the exact SQL and parameters listCases() sent.`,
  ];
  await withClient(url, async (c) => {
    for (const [i, r] of ordered.entries()) {
      out.push("", "=".repeat(100), `${i === 0 ? "SLOWEST: " : ""}${r.scenario.label} (p95 ${fmtMs(stats(r.times).p95)} ms)`);
      for (const [name, cap] of r.sql) {
        out.push("", `--- ${name}`, `parameters: ${JSON.stringify(cap.values)}`);
        if (i === 0 && name === [...r.sql.keys()][0]) out.push("", cap.text.replace(/^\s*\n/, ""), "");
        const plan = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${cap.text}`, cap.values);
        out.push(...plan.rows.map((row) => row["QUERY PLAN"]));
      }
    }
  });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(PLANS_FILE, out.join("\n") + "\n");
  return path.relative(process.cwd(), PLANS_FILE);
}

// ------------------------------------------------------------------------------------------------- proposal

/**
 * The change proposed for lib/cases/list-cases.ts, applied to the SQL it sent: compare the enum columns
 * themselves instead of their ::text, so the planner has statistics for the condition and can use the
 * (workspaceId, status, lastMessageAt, id) index. Same rows, same order (checked below).
 */
function proposedSql(text: string): string {
  const castList = (type: string) => (_m: string, list: string) =>
    list.split(",").map((p) => `${p.trim()}::"${type}"`).join(", ");
  return text
    .replace(/c\.status::text IN \(([^)]*)\)/g, (m, list: string) => `c.status IN (${castList("CaseStatus")(m, list)})`)
    .replace(/c\.priority::text IN \(([^)]*)\)/g, (m, list: string) => `c.priority IN (${castList("Priority")(m, list)})`)
    .replace(/ch\.platform::text = (\$\d+)/g, (_m, p: string) => `ch.platform = ${p}::"Platform"`);
}

async function compareProposal(url: string, results: Result[]): Promise<void> {
  console.log(
    `\nRaw SQL (node-postgres, no Prisma), ${WARMUP} warm-up + ${RUNS} runs each, interleaved: the SQL listCases() sent ` +
      `vs the same SQL with enum comparisons (proposed list-cases.ts change)\n`,
  );
  const head = `${pad("query", 64)} ${pad("current p50/p95", 17, true)} ${pad("proposed p50/p95", 17, true)}  same rows`;
  console.log(head);
  console.log("-".repeat(head.length));
  await withClient(url, async (c) => {
    for (const r of results) {
      for (const [name, cap] of r.sql) {
        const alt = proposedSql(cap.text);
        if (alt === cap.text) continue;
        const ids = async (text: string) =>
          (await c.query<{ id: string }>(text, cap.values)).rows.map((row) => row.id).join(",");
        const same = (await ids(cap.text)) === (await ids(alt));
        const cur: number[] = [];
        const prop: number[] = [];
        for (let i = 0; i < WARMUP + RUNS; i++) {
          for (const [text, out] of [[cap.text, cur], [alt, prop]] as const) {
            const t0 = performance.now();
            await c.query(text, cap.values);
            if (i >= WARMUP) out.push(performance.now() - t0);
          }
        }
        const a = stats(cur);
        const b = stats(prop);
        console.log(
          `${pad(`${r.scenario.key}: ${name}`, 64)} ${pad(`${fmtMs(a.p50)} / ${fmtMs(a.p95)}`, 17, true)} ` +
            `${pad(`${fmtMs(b.p50)} / ${fmtMs(b.p95)}`, 17, true)}  ${same ? "yes" : "NO"}`,
        );
      }
    }
  });
}

// ------------------------------------------------------------------------------------------------- main

async function main() {
  const cpus = os.cpus();
  console.log(
    `Machine: ${cpus[0]?.model ?? "?"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
      `${os.type()} ${os.release()}, Node ${process.version}`,
  );
  const url = benchUrl();
  if (!SKIP_SEED) {
    await withClient(ADMIN_URL, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${DB_NAME}`);
    });
  }
  captureListQueries();
  const t0 = performance.now();
  const db = await openDatabase({ url, dataDir: "unused" });
  console.log(
    `Database ${DB_NAME}: migrations ${db.appliedMigrations.length ? db.appliedMigrations.join(", ") : "already applied"} ` +
      `(${fmtS(performance.now() - t0)})`,
  );
  try {
    const [version] = await db.sql.query<{ v: string }>(`SELECT version() AS v`);
    const settings = await db.sql.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings
        WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit',
                       'max_parallel_workers_per_gather')`,
    );
    console.log(`PostgreSQL: ${version?.v}`);
    console.log(`  ${settings.map((st) => `${st.name}=${st.setting}${st.unit ?? ""}`).join(", ")}`);

    if (!SKIP_SEED) await seed(url, sizesFor(CASES));
    const sizes = await db.sql.query<{ t: string; n: string; size: string }>(
      `SELECT relname AS t, n_live_tup::text AS n, pg_size_pretty(pg_total_relation_size(relid)) AS size
         FROM pg_stat_user_tables WHERE relname IN ('cases', 'messages', 'contacts', 'contact_identities', 'threads')
        ORDER BY pg_total_relation_size(relid) DESC`,
    );
    console.log(`\nTables: ${sizes.map((x) => `${x.t} ${Number(x.n).toLocaleString("en-US")} rows ${x.size}`).join(", ")}`);

    const m = await db.sql.query<{ userId: string; name: string; email: string; workspaceId: string }>(
      `SELECT u.id AS "userId", u.name, u.email, ms."workspaceId" FROM memberships ms JOIN users u ON u.id = ms."userId"
        WHERE ms.role = 'COMMUNITY_MANAGER' ORDER BY ms."createdAt" LIMIT 1`,
    );
    if (!m[0]) throw new Error(`${DB_NAME} has no community manager: run without --skip-seed first`);
    const member: Member = { ...m[0], role: "COMMUNITY_MANAGER", via: "token" };

    const first = await listCases(db.prisma, member, listCasesQuery.parse({}));
    if (!first.nextCursor) throw new Error("the default list has no second page: seed more cases");
    const filter = { status: "NEW,OPEN", assignee: "unassigned", platform: "facebook" };
    const countBase = `SELECT count(*)::int AS n FROM cases c JOIN channels ch ON ch.id = c."channelId" WHERE c."workspaceId" = $1 AND $2::text IS NOT NULL`;
    const scenarios: Scenario[] = [
      { key: "a", label: "(a) default list, limit 50", kind: "list", inputs: [{}], countSql: countBase },
      {
        key: "b", label: "(b) status=NEW,OPEN assignee=unassigned platform=facebook", kind: "list", inputs: [filter],
        countSql: `${countBase} AND c.status IN ('NEW', 'OPEN') AND c."assigneeId" IS NULL AND ch.platform = 'FACEBOOK'`,
      },
      { key: "c", label: "(c) default list, page 2 (cursor)", kind: "list", inputs: [{ cursor: first.nextCursor }], countSql: `${countBase} AND (c."lastMessageAt", c.id) < (SELECT "lastMessageAt", id FROM cases WHERE id = '${first.data.at(-1)!.id}')` },
      {
        key: "d", label: `(d) search q rotating over ${SEARCH_TERMS.length} terms`, kind: "search",
        inputs: SEARCH_TERMS.map((q) => ({ q })), countSql: `${countBase} AND c.search @@ inbox_tsquery($2)`,
      },
      {
        key: "e", label: "(e) search + status=NEW,OPEN", kind: "search",
        inputs: SEARCH_TERMS.map((q) => ({ q, status: "NEW,OPEN" })),
        countSql: `${countBase} AND c.search @@ inbox_tsquery($2) AND c.status IN ('NEW', 'OPEN')`,
      },
    ];
    // Not in the brief's list but what community managers type all day: an order number or a customer's name
    // (a handful of cases, often old) and a word that matches nothing. Picked from the data, oldest first.
    const [rare] = await db.sql.query<{ order: string; name: string }>(
      `SELECT (SELECT substring(body FROM 'n°([0-9]+)') FROM messages WHERE body LIKE '%Commande n°%'
                ORDER BY "platformCreatedAt" LIMIT 1) AS order,
              (SELECT ct."displayName" FROM cases c JOIN contacts ct ON ct.id = c."contactId"
                ORDER BY c."lastMessageAt" LIMIT 1) AS name`,
    );
    if (rare?.order && rare.name) {
      const terms = [rare.order, rare.name, "introuvable"];
      scenarios.push({
        key: "f", label: "(f) extra: rare search (order no., name, no match)", kind: "search",
        inputs: terms.map((q) => ({ q })), countSql: `${countBase} AND c.search @@ inbox_tsquery($2)`,
      });
    }

    // Also not in the brief: "my escalated cases" and "urgent escalations", two everyday filter combinations.
    scenarios.push({
      key: "g", label: "(g) extra: ESCALATED + assignee=me | priority=URGENT", kind: "list",
      inputs: [{ status: "ESCALATED", assignee: "me" }, { status: "ESCALATED", priority: "URGENT" }],
      countSql: (input) =>
        `${countBase} AND c.status = 'ESCALATED' AND ` +
        (input.assignee ? `c."assigneeId" = '${member.userId}'` : `c.priority = 'URGENT'`),
    });

    console.log(`\nMeasuring listCases() as a community manager: ${WARMUP} warm-up + ${RUNS} runs per query shape (ms)\n`);
    const results: Result[] = [];
    for (const sc of scenarios) results.push(await measure(db, member, sc));
    const table = printTable(results);
    for (const line of table) console.log(line);
    console.log(`\nDashboard and inbox counts (issue 10): ${WARMUP} warm-up + ${RUNS} runs per query shape (ms)\n`);
    const dashboard = await measureDashboard(db, member, RUNS, WARMUP);
    for (const line of dashboard) console.log(line);
    const suggestions = await measureSuggestions(db, member, Math.min(RUNS, 100), Math.min(WARMUP, 10));
    for (const line of suggestions) console.log(line);
    table.push("", ...dashboard, ...suggestions);

    const file = await explainAll(url, results, table);
    console.log(`\nPlans: ${file}`);
    if (COMPARE) await compareProposal(url, results);
  } finally {
    await db.close();
    if (!KEEP) {
      await withClient(ADMIN_URL, (c) => c.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`));
      console.log(`Dropped ${DB_NAME} (--keep to leave it for --skip-seed runs).`);
    } else {
      console.log(`Kept ${DB_NAME}: ${url}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exit(1);
});
