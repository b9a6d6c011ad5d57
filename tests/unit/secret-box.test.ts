import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { open, openJson, seal, sealJson } from "@/lib/crypto/secret-box";

const k = randomBytes(32);

describe("secret box (AES-256-GCM)", () => {
  it("round-trips and never shows the plaintext", () => {
    const sealed = sealJson({ pageAccessToken: "EAAB-very-secret" }, k);
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain("very-secret");
    expect(openJson(sealed, k)).toEqual({ pageAccessToken: "EAAB-very-secret" });
  });

  it("uses a fresh IV each time", () => {
    expect(seal("same", k)).not.toBe(seal("same", k));
  });

  it("refuses a tampered value or the wrong key", () => {
    const sealed = seal("hello", k);
    const raw = Buffer.from(sealed.slice(3), "base64");
    raw[raw.length - 1]! ^= 1;
    expect(() => open("v1:" + raw.toString("base64"), k)).toThrow();
    expect(() => open(sealed, randomBytes(32))).toThrow();
    expect(() => open("plain", k)).toThrow(/format/);
  });
});
