// The committed migrations produce exactly prisma/schema.prisma: a schema edit without its migration fails here.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, isEmptyDiff } from "@/lib/cli/migration-new";

describe("schema drift", () => {
  it("has a migration for every change to prisma/schema.prisma", async () => {
    const sql = await diffMigrationsToSchema(path.resolve("prisma/schema.prisma"));
    expect(isEmptyDiff(sql), sql).toBe(true);
    // Replays every migration in the WASM schema engine: ~20 s alone on the shared machine, more in the full suite.
  }, 120_000);
});
