// Seeding of the inbox benchmark's cases and messages (set-based SQL, in parallel chunks) and of cases.search as
// the search trigger would have built it; called by seed() in inbox-bench-seed.ts, which drops the scratch table.
import { pick, step, type Sizes } from "./inbox-bench-common";
import * as V from "./vocabulary";

/** One statement on the seeding connection; resolves to its row count. */
export type Run = (sql: string, params?: unknown[]) => Promise<number>;
/** One statement run as SEED_CHUNKS slices on parallel connections; resolves to the total row count. */
export type Chunked = (sql: (chunk: string) => string, params: unknown[]) => Promise<number>;

export async function seedCases(run: Run, chunked: Chunked, ws: string, s: Sizes): Promise<void> {
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
}
