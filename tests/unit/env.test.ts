import { describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/config/env";

describe("environment", () => {
  it("has working defaults for the embedded database", () => {
    const env = loadEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.dataDir).toMatch(/\.data$/);
  });

  it.each([
    [{ PORT: "http" }, /PORT/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL/],
    [{ APP_ENCRYPTION_KEY: "short" }, /APP_ENCRYPTION_KEY/],
    [{ DEMO_PASSWORD: "123" }, /DEMO_PASSWORD/],
    [{ SMTP_URL: "mail.example.com" }, /SMTP_URL/],
    [{ TRUSTED_PROXIES: "10.0.0.0/8, proxy.example.com" }, /TRUSTED_PROXIES/],
    [{ CONNECTOR_ALLOW_PRIVATE_URLS: "yes" }, /CONNECTOR_ALLOW_PRIVATE_URLS/],
    [{ API_RATE_LIMIT: "0" }, /API_RATE_LIMIT/],
    [{ DATABASE_MIGRATION_URL: "mysql://x" }, /DATABASE_MIGRATION_URL/],
  ])("refuses %j with a message naming the variable", (env, msg) => {
    expect(() => loadEnv(env)).toThrow(msg);
  });
});
