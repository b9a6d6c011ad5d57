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

describe("password hints in French (@zxcvbn-ts/language-fr)", () => {
  it("gives the warning and suggestions in French, and the same score as in English", () => {
    const fr = passwordStrength("azertyuiop", [], "fr");
    expect(fr.score).toBe(passwordStrength("azertyuiop").score);
    expect(fr.warning).toBe("Les lignes droites de touches de votre clavier sont faciles à deviner");
    expect(fr.suggestions).toContain("Ajoutez des mots moins courants.");
  });

  it("throws the 400 with a French message and French details", () => {
    try {
      assertStrongPassword("lumiere2026", [], "fr");
      expect.unreachable();
    } catch (e) {
      expect((e as DomainError).message).toBe("mot de passe : trop facile à deviner (robustesse 2/4, il faut 3). Ajoutez des mots moins courants.");
      expect((e as DomainError).details).toMatchObject({ locale: "fr", suggestions: ["Ajoutez des mots moins courants."] });
    }
  });
});
