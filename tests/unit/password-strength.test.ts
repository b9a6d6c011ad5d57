// Strength is judged the way crackers guess, not by length: long-but-common passwords fail, and so do
// passwords built from the person's own name or e-mail.
import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors/domain-errors";
import { assertStrongPassword, passwordStrength } from "@/lib/members/password-strength";

describe("password strength (zxcvbn-ts)", () => {
  it.each(["password1234", "azertyuiop", "motdepasse2024", "demo-password", "qwertyuiop123"])("refuses %s", (p) => {
    expect(passwordStrength(p).ok).toBe(false);
  });

  it("counts the person's own name and e-mail as known words", () => {
    const inputs = ["marie.laurent@brand.test", "Marie Laurent"];
    expect(passwordStrength("laurentbrand7", inputs).score).toBeLessThan(passwordStrength("laurentbrand7").score);
    expect(passwordStrength("laurentbrand7", inputs).ok).toBe(false);
  });

  it("accepts unrelated words and random strings", () => {
    expect(passwordStrength("soleil-jaune-lampe-42").ok).toBe(true);
    expect(passwordStrength("kV9#pL2!qZ7w").ok).toBe(true);
  });

  it("throws a 400 weak_password with the estimator's feedback", () => {
    try {
      assertStrongPassword("password1234");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).status).toBe(400);
      expect((e as DomainError).code).toBe("weak_password");
      expect((e as DomainError).message).toMatch(/^password: too easy to guess/);
    }
  });
});
