// Embedded PostgreSQL (PGlite). PGlite is one process's database: two processes opening the same folder both
// "succeed" and silently diverge, so we hold an exclusive lock file in DATA_DIR and refuse a second opener.
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { chmodSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { yieldBetweenQueries } from "./pglite-yield";

export const PGLITE_EXTENSIONS = { unaccent, pg_trgm };

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is already open by process ${pid}. ` +
        `Only one process may open it: stop that process, or use the running app (its database socket, see README).`,
    );
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes DATA_DIR/db.lock (O_EXCL); a lock left by a dead process is taken over. Returns the release function. */
export function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const lockPath = path.join(dir, "db.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(readFileSync(lockPath, "utf8").trim());
      if (pid && pid !== process.pid && processAlive(pid)) throw new DataDirLockedError(dir, pid);
      unlinkSync(lockPath); // stale: its owner is gone
    }
  }
  throw new Error(`Could not lock ${dir}`);
}

/**
 * PGlite's data directory asks for 128 MB of shared buffers, which the WebAssembly heap touches at start: 151 MiB
 * resident of an idle server's ~700 (issue #27, measured). 16 MB holds what a team's inbox reads over and over
 * (the same queries took the same time on a 30 MB table); the command line overrides existing data directories.
 */
const START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * PGlite writes its files world-writable (0666); the data is the whole record and the secrets' ciphertext.
 * Owner only: folders 0700, files 0600 (the 0700 folder also shields files PGlite creates later).
 */
export function restrictPermissions(dir: string): void {
  chmodSync(dir, 0o700);
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) restrictPermissions(p);
    else if (e.isFile()) chmodSync(p, 0o600);
  }
}

/** Opens PGlite in `dir/pgdata`, or in memory when dir is "memory://". */
export async function openPglite(dir: string): Promise<{ db: PGlite; release: () => void }> {
  if (dir === "memory://") {
    const db = yieldBetweenQueries(await PGlite.create({ extensions: PGLITE_EXTENSIONS, startParams: START_PARAMS }));
    return { db, release: () => undefined };
  }
  const release = lockDataDir(dir);
  try {
    const pgdata = path.join(dir, "pgdata");
    mkdirSync(pgdata, { recursive: true, mode: 0o700 });
    const db = yieldBetweenQueries(await PGlite.create({ dataDir: pgdata, extensions: PGLITE_EXTENSIONS, startParams: START_PARAMS }));
    restrictPermissions(dir);
    return { db, release };
  } catch (err) {
    release();
    throw err;
  }
}
