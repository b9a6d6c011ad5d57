import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Next.js resolves this marker package itself; under vitest it must be a no-op.
      "server-only": path.resolve(__dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/helpers/setup-env.ts"],
    // Bounds on a failure only (tests wait on events): a loaded 2-core machine took over 60 s to create a
    // fresh PGlite database in beforeAll, and a spawned worker process 67 s to start.
    testTimeout: 120_000,
    hookTimeout: 240_000,
    // Two cores: each file opens its own database, so keep parallelism modest.
    maxWorkers: 2,
  },
});
