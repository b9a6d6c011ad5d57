// PGlite runs inside the app's own thread, and a query that it answers at once resolves its promise at once:
// a transaction of hundreds of quick queries (an ingestion batch, an after-ingest handler) then runs as one
// chain of microtasks, and for its whole length no HTTP request is even read (measured: the event loop
// stalled 1.5 s at a time; webhooks waited seconds for an acknowledgement that costs one INSERT). Yielding to
// the event loop before each query lets requests in between. It changes no ordering: PGlite still runs one
// query at a time, and a transaction still holds the database until it ends (a request that needs it waits,
// but webhooks then group their INSERTs, lib/webhooks/append-delivery.ts).
import type { PGlite, Transaction } from "@electric-sql/pglite";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

type Queryable = Pick<PGlite, "query" | "exec">;

function yieldBefore(target: Queryable): void {
  const query = target.query.bind(target);
  const exec = target.exec.bind(target);
  Object.assign(target, {
    query: async (...args: Parameters<PGlite["query"]>) => {
      await tick();
      return query(...args);
    },
    exec: async (...args: Parameters<PGlite["exec"]>) => {
      await tick();
      return exec(...args);
    },
  });
}

export function yieldBetweenQueries(db: PGlite): PGlite {
  yieldBefore(db);
  const transaction = db.transaction.bind(db);
  Object.assign(db, {
    transaction: <T>(callback: (tx: Transaction) => Promise<T>) =>
      transaction((tx) => {
        yieldBefore(tx);
        return callback(tx);
      }),
  });
  return db;
}
