// The smallest SQL surface the migration runner and the bootstrap need, implemented for PGlite and node-postgres.
import type { PGlite } from "@electric-sql/pglite";
import type { Pool } from "pg";

export interface SqlRunner {
  /** Runs one or more statements without parameters (a whole migration file). */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await db.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await db.query<T>(sql, params);
      return res.rows;
    },
  };
}

export function poolRunner(pool: Pool): SqlRunner {
  return {
    // One connection for the whole script: a failed multi-statement transaction is rolled back on the
    // connection that opened it, never handed back to the pool in an aborted state.
    async exec(sql) {
      const client = await pool.connect();
      try {
        await client.query(sql);
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const res = await pool.query(sql, params);
      return res.rows as T[];
    },
  };
}
