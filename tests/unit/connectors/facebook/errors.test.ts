import { describe, expect, it } from "vitest";
import { mapGraphError } from "@/lib/connectors/facebook";
import { networkError, regainAccessMinutes } from "@/lib/connectors/facebook/errors";

const NOW = new Date("2025-06-01T12:00:00Z");
const TOKEN = "EAAB-secret-page-token-42";
const body = (code: number, extra: Record<string, unknown> = {}) => ({
  error: { message: `(#${code}) Something`, type: "OAuthException", code, fbtrace_id: "AbCdEf", ...extra },
});
const map = (status: number, b: unknown, headers: Record<string, string> = {}) =>
  mapGraphError({ httpStatus: status, headers: new Headers(headers), body: b }, { now: NOW, secrets: [TOKEN] });
const buc = (minutes: number[]) => ({
  "x-business-use-case-usage": JSON.stringify({ "111": minutes.map((m) => ({ type: "pages", call_count: 100, estimated_time_to_regain_access: m })) }),
});

describe("mapGraphError", () => {
  it.each([4, 17, 32, 613, 80001])("code %i is a retryable rate limit whatever the HTTP status", (code) => {
    for (const status of [400, 403, 200]) {
      const e = map(status, body(code), buc([3]));
      expect(e).toMatchObject({ retryable: true, tokenInvalid: false, platformCode: String(code), httpStatus: status });
      expect(e.retryAt?.getTime()).toBe(NOW.getTime() + 3 * 60_000);
    }
  });

  it("takes the longest estimated_time_to_regain_access, else a 60 s default", () => {
    expect(map(400, body(32), buc([2, 11, 0])).retryAt?.getTime()).toBe(NOW.getTime() + 11 * 60_000);
    expect(map(400, body(4)).retryAt?.getTime()).toBe(NOW.getTime() + 60_000);
    expect(map(400, body(17), buc([0])).retryAt?.getTime()).toBe(NOW.getTime() + 60_000);
    expect(map(400, body(613), { "x-business-use-case-usage": "{not json" }).retryAt?.getTime()).toBe(NOW.getTime() + 60_000);
    expect(regainAccessMinutes(new Headers(buc([5])))).toBe(5);
  });

  it.each([190, 102, 463, 467])("code %i invalidates the token (non-retryable)", (code) => {
    const e = map(400, body(code, { error_subcode: 460 }));
    expect(e).toMatchObject({ retryable: false, tokenInvalid: true, platformCode: String(code) });
    expect(e.message).toMatch(/reconnect/);
  });

  it("token errors win over transient flags and 5xx", () => {
    expect(map(500, body(190, { is_transient: true }))).toMatchObject({ retryable: false, tokenInvalid: true });
  });

  it("10900 is a permanent 'already replied privately'", () => {
    const e = map(400, body(10900, { message: "(#10900) Activity already replied to" }));
    expect(e).toMatchObject({ retryable: false, tokenInvalid: false, platformCode: "10900", httpStatus: 400 });
    expect(e.message).toMatch(/already replied to privately/);
    expect(e.message).toContain("(#10900) Activity already replied to");
    expect(e.fbtraceId).toBe("AbCdEf");
  });

  it("5xx, is_transient and codes 1/2 are retryable; other 4xx are not and carry the platform message", () => {
    expect(map(502, undefined)).toMatchObject({ retryable: true, httpStatus: 502, platformCode: undefined });
    expect(map(400, body(100, { is_transient: true }))).toMatchObject({ retryable: true });
    expect(map(400, body(2))).toMatchObject({ retryable: true });
    const e = map(400, body(100, { message: "(#100) Invalid parameter", error_subcode: 33 }));
    expect(e).toMatchObject({ retryable: false, tokenInvalid: false, platformCode: "100", httpStatus: 400, subcode: 33 });
    expect(e.message).toContain("(#100) Invalid parameter");
    expect(map(403, "<html>blocked</html>")).toMatchObject({ retryable: false, httpStatus: 403 });
    expect(map(429, undefined)).toMatchObject({ retryable: true });
    expect(map(429, undefined).retryAt?.getTime()).toBe(NOW.getTime() + 60_000);
  });

  it("the Messenger window refusal (10 / 2018278) is permanent", () => {
    expect(map(400, body(10, { error_subcode: 2018278 }))).toMatchObject({ retryable: false, platformCode: "10" });
  });

  it("never lets the access token into messages", () => {
    const e = map(400, body(190, { message: `Malformed access token ${TOKEN}` }));
    expect(e.message).not.toContain(TOKEN);
    expect(e.message).toContain("[redacted]");
    const n = networkError(new TypeError(`fetch failed for ${TOKEN}`), { timeoutMs: 15_000, secrets: [TOKEN] });
    expect(n).toMatchObject({ retryable: true });
    expect(n.message).not.toContain(TOKEN);
  });
});
