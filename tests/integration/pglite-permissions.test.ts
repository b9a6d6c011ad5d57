// Issue #11 item 7: PGlite created its data files world-writable (0666). The data folder is the whole record
// plus the sealed secrets: owner only.
import { mkdtempSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openPglite } from "@/lib/db/pglite";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? [p, ...walk(p)] : [p];
  });
}

describe("embedded database files", () => {
  it("are owner-only: folders 0700, files 0600", async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), "pglite-perm-")), "data");
    const { db, release } = await openPglite(dir);
    try {
      await db.query("CREATE TABLE t (x int)");
      const entries = [dir, ...walk(dir)];
      expect(entries.length).toBeGreaterThan(10);
      const loose = entries.filter((p) => {
        const st = statSync(p);
        return st.isDirectory() ? (st.mode & 0o077) !== 0 : st.isFile() && (st.mode & 0o077) !== 0 && !p.endsWith("db.lock");
      });
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(loose.filter((p) => statSync(p).isDirectory())).toEqual([]);
      expect(loose.length).toBe(0);
    } finally {
      await db.close();
      release();
    }
  }, 120_000);
});
