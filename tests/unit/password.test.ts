import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { detectLanguage } from "@/lib/ingest/detect-language";

describe("password hashing", () => {
  it("salts, verifies and rejects", async () => {
    const a = await hashPassword("s3cret password");
    const b = await hashPassword("s3cret password");
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword("s3cret password", a)).toBe(true);
    expect(await verifyPassword("s3cret passwore", a)).toBe(false);
    expect(await verifyPassword("x", "garbage")).toBe(false);
  });
});

describe("language guess", () => {
  it("tells French from English", () => {
    expect(detectLanguage("Je n'ai toujours pas reçu ma commande")).toBe("fr");
    expect(detectLanguage("I still have not received my order")).toBe("en");
    expect(detectLanguage("👍")).toBeNull();
  });
});
