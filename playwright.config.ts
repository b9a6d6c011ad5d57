// Browser and HTTP tests against the built app (`next start`) on a fresh embedded database, driven through
// Debian's Chromium (Playwright's own browser download is not reachable here, see
// docs/ARCHITECTURE.md § Machine facts).
import { defineConfig } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const port = Number(process.env.E2E_PORT ?? 3210);
// Created once here and handed to the server and the tests through the environment.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(os.tmpdir(), "inbox-e2e-"));
// The connector specs point channels at local fake platforms (loopback), which production refuses.
process.env.CONNECTOR_ALLOW_PRIVATE_URLS ??= "true";
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  workers: 1,
  retries: 0,
  // A bound on a failure, not a speed target: multi-page flows with screenshots took over a minute on a loaded machine.
  timeout: 120_000,
  // Every expect waits on the thing itself (an element, an attribute, a URL); this only bounds a failure. Playwright's
  // 5 s default failed a case page's heading and the live indicator on a clean-clone run with both cores busy.
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
    trace: "retain-on-failure",
  },
  webServer: {
    // A long keep-alive: with Node's default 5 s, a test's request reusing an idle connection can meet the server
    // closing it at that moment (ECONNRESET, "socket hang up"), seen on a loaded machine in no-reply.spec.
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1 --keepAliveTimeout 120000`,
    url: `${baseURL}/signin`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATA_DIR: process.env.E2E_DATA_DIR,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      NEXTAUTH_URL: baseURL,
      DEMO_PASSWORD: "demo-password",
      CONNECTOR_ALLOW_PRIVATE_URLS: process.env.CONNECTOR_ALLOW_PRIVATE_URLS,
    },
  },
});
