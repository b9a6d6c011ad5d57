// Every message is valid ICU for next-intl in both languages, flat keys resolve, and French uses the same
// placeholders as English (a missing {count} would print a raw brace to French readers).
import { describe, expect, it } from "vitest";
import { en, fr, type MessageKey } from "@/lib/i18n/messages";
import { formatLabel, makeTranslator } from "@/lib/i18n/translate";

const args = (m: string) => new Set([...m.replace(/\{\{\w+\}\}/g, "").matchAll(/\{\s*(\w+)\s*(?:,|\})/g)].map((x) => x[1]));

describe("ICU messages (next-intl)", () => {
  it("keeps flat keys working even when one key is a prefix of another", () => {
    const t = makeTranslator("en", { "a.b": "{count, plural, one {# case} other {# cases}}", "a.b.c": "Hi {name}" });
    expect(t("a.b", { count: 2 })).toBe("2 cases");
    expect(t("a.b.c", { name: "Léa" })).toBe("Hi Léa");
  });

  it("parse and format in both languages, with the same placeholders", () => {
    const errors: string[] = [];
    const orig = console.error;
    console.error = (m: string) => errors.push(String(m));
    try {
      for (const [locale, dict] of [["en", en], ["fr", fr]] as const) {
        const t = makeTranslator(locale, dict as Record<MessageKey, string>);
        for (const k of Object.keys(en) as MessageKey[]) {
          const values = Object.fromEntries([...args(en[k])].map((a) => [a, a === "count" ? 2 : "x"]));
          t(k, values);
        }
      }
    } finally {
      console.error = orig;
    }
    expect(errors).toEqual([]);
    for (const k of Object.keys(en) as MessageKey[]) expect([...args(fr[k])].sort(), k).toEqual([...args(en[k])].sort());
  });

  it("uses plural rules: French counts 0 and 1 as singular, English only 1", () => {
    expect(formatLabel(en["admin.members.count"], { count: 1 }, "en")).toBe("1 member");
    expect(formatLabel(en["admin.members.count"], { count: 3 }, "en")).toBe("3 members");
    expect(formatLabel(fr["admin.teams.members"], { count: 1 }, "fr")).toBe("1 membre");
    expect(formatLabel(fr["admin.teams.members"], { count: 0 }, "fr")).toBe("aucun membre");
  });
});
