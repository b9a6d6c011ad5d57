// The public invitation offered under a review or a video comment whose author never wrote to us privately
// (components/case/private-invite.tsx): it must pass the guards it is checked by like any draft — no tone
// finding (it is not "this page is not for complaints"), no personal data — in both languages.
import { describe, expect, it } from "vitest";
import { checkGuards } from "@/lib/guards/check-guards";
import { makeTranslator } from "@/lib/i18n/translate";
import { DICTIONARIES } from "@/lib/i18n/messages";

describe("the invitation to write to us privately", () => {
  for (const locale of ["en", "fr"] as const) {
    it(`passes the guards in ${locale}`, () => {
      const t = makeTranslator(locale, DICTIONARIES[locale]);
      const text = t("review.invitation", { name: "Nathalie Perrin", channels: "Maison Lumière (Facebook), @MaisonLumiere (X)" });
      expect(text).toContain("Nathalie Perrin");
      const findings = checkGuards(text, { visibility: "public", locale }).filter((w) => w.severity !== "info");
      expect(findings).toEqual([]);
    });
  }
});
