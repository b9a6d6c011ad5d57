import { describe, expect, it } from "vitest";
import { en, fr, pickLocale } from "@/lib/i18n/messages";

describe("i18n", () => {
  it("defines every English key in French, with a non-empty text", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const v of Object.values(fr)) expect(v.trim()).not.toBe("");
  });

  it("picks the cookie first, then the browser's language, then English", () => {
    expect(pickLocale("fr", "en-US")).toBe("fr");
    expect(pickLocale(undefined, "fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(pickLocale(undefined, "de-DE,en;q=0.5")).toBe("en");
    expect(pickLocale("xx", null)).toBe("en");
  });
});
