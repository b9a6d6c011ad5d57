// Issue #11 items 5 and 6, and the origin rule shared by proxy.ts and the API handler.
import { describe, expect, it } from "vitest";
import { assertPublicApiBaseUrl, isPrivateAddress } from "@/lib/channels/check-api-base-url";
import { pageCsp, STATIC_SECURITY_HEADERS } from "@/lib/security/headers";
import { checkSameOrigin } from "@/lib/security/same-origin";

describe("apiBaseUrl must be a public https host", () => {
  const strict = { allowPrivate: false, resolve: async (h: string) => (h === "graph.example.com" ? ["157.240.1.1"] : h === "rebind.example.com" ? ["10.0.0.5"] : []) };

  it.each([
    "http://127.0.0.1:8080", "https://127.0.0.1", "https://localhost:3000", "https://[::1]/", "https://10.1.2.3",
    "https://169.254.169.254/latest/meta-data", "https://192.168.1.1", "https://[::ffff:127.0.0.1]", "https://printer.local",
    "https://rebind.example.com", "https://nowhere.example.com", "http://graph.example.com", "https://user:pw@graph.example.com",
  ])("refuses %s with a 400 domain error", async (url) => {
    await expect(assertPublicApiBaseUrl(url, strict)).rejects.toMatchObject({ kind: "invalid", code: "private_url", status: 400 });
  });

  it("accepts a public https host, and anything when CONNECTOR_ALLOW_PRIVATE_URLS=true (tests with local fakes)", async () => {
    await expect(assertPublicApiBaseUrl("https://graph.example.com", strict)).resolves.toBeUndefined();
    await expect(assertPublicApiBaseUrl("https://157.240.1.1", strict)).resolves.toBeUndefined();
    await expect(assertPublicApiBaseUrl("http://127.0.0.1:9999", { allowPrivate: true })).resolves.toBeUndefined();
  });

  it("classifies addresses", () => {
    expect(["127.0.0.1", "10.0.0.1", "172.20.0.1", "100.64.1.1", "fd00::1", "fe80::1", "::"].every(isPrivateAddress)).toBe(true);
    expect(["8.8.8.8", "157.240.1.1", "2a03:2880::1"].some(isPrivateAddress)).toBe(false);
  });
});

describe("security headers", () => {
  it("a page CSP allows scripts only with the request's nonce, and nothing may frame the app", () => {
    const csp = pageCsp("abc123", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(STATIC_SECURITY_HEADERS).toMatchObject({ "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
    expect(STATIC_SECURITY_HEADERS["Referrer-Policy"]).toBeTruthy();
  });
});

describe("same-origin rule", () => {
  const h = (o: Record<string, string>) => new Headers({ host: "127.0.0.1:3000", ...o });
  it("accepts the app's own origin and refuses another port of the same host", () => {
    expect(checkSameOrigin(h({ origin: "http://127.0.0.1:3000" }), [])).toEqual({ ok: true });
    expect(checkSameOrigin(h({ origin: "http://127.0.0.1:4000" }), []).ok).toBe(false);
    expect(checkSameOrigin(h({ origin: "null" }), []).ok).toBe(false);
    expect(checkSameOrigin(h({ "sec-fetch-site": "same-origin" }), []).ok).toBe(true);
    expect(checkSameOrigin(h({ "sec-fetch-site": "same-site" }), []).ok).toBe(false);
    expect(checkSameOrigin(h({}), []).ok).toBe(false);
  });

  it("accepts the configured public origin behind a proxy", () => {
    const behind = new Headers({ host: "app:3000", origin: "https://inbox.example.com" });
    expect(checkSameOrigin(behind, ["https://inbox.example.com"]).ok).toBe(true);
  });
});
