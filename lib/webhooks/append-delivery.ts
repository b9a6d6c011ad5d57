// The one write on the webhook hot path: the delivery as it arrived, appended to the raw log. Concurrent
// webhooks are group-committed: while one INSERT is in flight, the deliveries that arrive wait and then go
// together in the next multi-row INSERT (autocommit). Contract: the promise resolves only once the statement
// holding this delivery has committed (so a 200 still means "durably stored"), and rejects if it failed (no
// delivery of a failed statement is stored: one statement, all or nothing). Why: each commit waits for a disk
// flush; one statement per flush carries many deliveries. It goes through the raw SQL runner, not Prisma:
// on this path Prisma's per-query overhead was most of the cost.
// Workers in other processes are woken by one pg_notify per NOTIFY_WINDOW_MS, sent after the INSERTs and off
// the acknowledgement path (a NOTIFY in the INSERT's own transaction would serialise the commits: see the
// migration *_raw_deliveries_notify_by_app).
import type { ChannelKind } from "../generated/prisma/enums";
import type { SqlRunner } from "../db/sql-runner";
import { utc } from "../db/utc";

/** Rows per INSERT (4 parameters each, far below PostgreSQL's 65,535). */
const MAX_ROWS = 500;
const NOTIFY_WINDOW_MS = 20;

interface Pending {
  kind: ChannelKind;
  channelIds: string[];
  body: Buffer;
  /** As lib/db/utc.ts writes it (the columns have no time zone). */
  receivedAt: string;
  done: (err?: unknown) => void;
}

class GroupAppender {
  private waiting: Pending[] = [];
  private flushing = false;
  private notifyTimer: NodeJS.Timeout | null = null;

  constructor(private readonly sql: SqlRunner, private readonly notify: boolean) {}

  /** At most one NOTIFY per window; a failure only delays ingestion until the workers' idle poll. */
  private notifySoon() {
    if (!this.notify || this.notifyTimer) return;
    this.notifyTimer = setTimeout(() => {
      this.notifyTimer = null;
      void this.sql.query("SELECT pg_notify('raw_deliveries', '')").catch(() => undefined);
    }, NOTIFY_WINDOW_MS);
    this.notifyTimer.unref();
  }

  append(kind: ChannelKind, channelIds: string[], body: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const receivedAt = utc(new Date())!;
      this.waiting.push({ kind, channelIds, body, receivedAt, done: (err) => (err ? reject(err) : resolve()) });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const rows = this.waiting.splice(0, MAX_ROWS);
        try {
          await insertRows(this.sql, rows);
          for (const r of rows) r.done();
          this.notifySoon();
        } catch (err) {
          for (const r of rows) r.done(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}

function insertRows(sql: SqlRunner, rows: Pending[]) {
  const params: unknown[] = [];
  const values = rows.map((r) => {
    const i = params.push(r.kind, r.channelIds, r.body, r.receivedAt) - 4;
    return `($${i + 1}::"ChannelKind", $${i + 2}::text[], $${i + 3}::bytea, $${i + 4}::timestamp(3), $${i + 4}::timestamp(3))`;
  });
  return sql.query(
    `INSERT INTO raw_deliveries (kind, "channelIds", body, "receivedAt", "nextAttemptAt") VALUES ${values.join(", ")}`,
    params,
  );
}

const appenders = new WeakMap<SqlRunner, GroupAppender>();

/**
 * Appends one delivery; resolves once it is committed (see the contract above). `notifyOthers`: on a server,
 * other processes may be ingesting (embedded, only this one does, woken by delivery-signal.ts).
 */
export function appendDelivery(sql: SqlRunner, notifyOthers: boolean, kind: ChannelKind, channelIds: string[], rawBody: Buffer): Promise<void> {
  let a = appenders.get(sql);
  if (!a) appenders.set(sql, (a = new GroupAppender(sql, notifyOthers)));
  return a.append(kind, channelIds, rawBody);
}
