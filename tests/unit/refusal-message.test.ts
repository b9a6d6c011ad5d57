import { describe, expect, it } from "vitest";
import { refusalMessage } from "@/lib/guards/refusal-message";
import { DICTIONARIES } from "@/lib/i18n/messages";
import { labelsFor } from "@/lib/i18n/labels";

const labels = (locale: "en" | "fr") => labelsFor((k) => DICTIONARIES[locale][k], "guards.");

describe("server refusals in the UI language", () => {
  it("names the open cases of a refused ban, in French and in English", () => {
    const res = { code: "ban_refused_open_case", error: "Troll has open case(s) not marked troll or spam: #12, #14.", details: { cases: [12, 14] } };
    expect(refusalMessage(res, labels("fr"))).toBe(
      "Bannissement refusé : cette personne a des dossiers ouverts non marqués troll ou spam (#12, #14). Répondez-y d'abord : un bannissement ne fait jamais taire une réclamation.",
    );
    expect(refusalMessage(res, labels("en"))).toContain("(#12, #14)");
  });
  it("maps a refused hide and a guard block, keeping the API's codes", () => {
    expect(refusalMessage({ code: "hide_refused_open_complaint", error: "x", details: { cases: [3] } }, labels("fr"))).toMatch(/^Masquage refusé .*\(#3\)/);
    expect(refusalMessage({ code: "guard_blocked", error: "This reply has 1 finding(s)…", details: { warnings: [] } }, labels("fr"))).toMatch(/^Cette réponse contient des points marqués Stop/);
  });
  it("falls back to the server's words for a code it does not know", () => {
    expect(refusalMessage({ code: "no_target", error: "This case has no customer message to answer." }, labels("fr"))).toBe("This case has no customer message to answer.");
    expect(refusalMessage({ error: "Boom" }, labels("fr"))).toBe("Boom");
  });
  it("has an entry in both languages for every code it maps", () => {
    const fr = Object.keys(labels("fr")).filter((k) => k.startsWith("guards.refusal."));
    const en = Object.keys(labels("en")).filter((k) => k.startsWith("guards.refusal."));
    expect(fr.sort()).toEqual(en.sort());
    expect(fr.length).toBeGreaterThanOrEqual(9);
  });
});
