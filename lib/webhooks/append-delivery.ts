// The one write on the webhook hot path: the delivery as it arrived, appended to the raw log. Concurrent
// webhooks are group-committed: while one INSERT is in flight, the deliveries that arrive wait and then go
// together in the next multi-row INSERT (autocommit). Contract: the promise resolves only once the statement
// holding this delivery has committed (so a 200 still means "durably stored"), and rejects if it failed (no
// delivery of a failed statement is stored: one statement, all or nothing). Why: each commit waits for a disk
// flush, and the log's NOTIFY trigger makes commits of notifying transactions take turns, so one INSERT per
// webhook capped acknowledgements at one disk flush each; one statement per flush carries many.
// It goes through the raw SQL runner, not Prisma: on this path Prisma's per-query overhead was most of the cost.
import type { ChannelKind } from "../generated/prisma/enums";
import type { SqlRunner } from "../db/sql-runner";

/** Rows per INSERT (4 parameters each, far below PostgreSQL's 65,535). */
const MAX_ROWS = 500;

interface Pending {
  kind: ChannelKind;
  channelIds: string[];
  body: Buffer;
  /** UTC, without zone, like every timestamp Prisma writes (the columns have no time zone). */
  receivedAt: string;
  done: (err?: unknown) => void;
}

class GroupAppender {
  private waiting: Pending[] = [];
  private flushing = false;

  constructor(private readonly sql: SqlRunner) {}

  append(kind: ChannelKind, channelIds: string[], body: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      const receivedAt = new Date().toISOString().replace("Z", "");
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

/** Appends one delivery; resolves once it is committed (see the contract above). */
export function appendDelivery(sql: SqlRunner, kind: ChannelKind, channelIds: string[], rawBody: Buffer): Promise<void> {
  let a = appenders.get(sql);
  if (!a) appenders.set(sql, (a = new GroupAppender(sql)));
  return a.append(kind, channelIds, rawBody);
}
