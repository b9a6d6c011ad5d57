import { describe, expect, it } from "vitest";
import { checkDraft, measureDraft, X_PUBLIC_LIMIT } from "@/lib/composer/check-draft";

const xPublic = { visibility: "public", platform: "X" } as const;
const xDm = { visibility: "private", platform: "X" } as const;
const messenger = { visibility: "private", platform: "FACEBOOK" } as const;
const fbPublic = { visibility: "public", platform: "FACEBOOK" } as const;
const note = { visibility: "internal", platform: "FACEBOOK" } as const;
const kinds = (ws: { kind: string }[]) => ws.map((w) => w.kind);

describe("checkDraft", () => {
  it("accepts an ordinary reply", () => {
    expect(checkDraft("Bonjour Claire, je regarde votre commande tout de suite.", fbPublic)).toEqual([]);
  });

  it("flags an empty or blank draft, blocking", () => {
    for (const d of ["", "   \n\t"]) {
      const [w] = checkDraft(d, messenger);
      expect(w).toMatchObject({ kind: "empty", blocking: true });
    }
  });

  it("applies X's 280-character limit to public replies only", () => {
    const text = "a".repeat(281);
    const [w] = checkDraft(text, xPublic);
    expect(w).toMatchObject({ kind: "too_long", blocking: true, span: { start: 280, end: 281 } });
    expect(checkDraft("a".repeat(280), xPublic)).toEqual([]);
    expect(checkDraft(text, xDm)).toEqual([]);
  });

  it("counts like X: URLs as 23, emoji and CJK as 2, accents as 1", () => {
    const url = "https://example.com/a/very/long/path/that/goes/on/and/on/and/on/and/on";
    expect(measureDraft(`see ${url}`, xPublic).length).toBe(4 + 23);
    expect(measureDraft("👍🏽", xPublic).length).toBe(2);
    expect(measureDraft("日本", xPublic).length).toBe(4);
    expect(measureDraft("e\u0301té", xPublic).length).toBe(3);
    expect(checkDraft("🙂".repeat(141), xPublic).map((w) => w.kind)).toEqual(["too_long"]);
    expect(checkDraft("🙂".repeat(140), xPublic)).toEqual([]);
    expect(X_PUBLIC_LIMIT).toBe(280);
  });

  it("stops Messenger replies where the server does (1,900, under Messenger's 2,000)", () => {
    expect(checkDraft("a".repeat(1900), messenger)).toEqual([]);
    const [w] = checkDraft(`  ${"a".repeat(1901)}  `, messenger);
    expect(w).toMatchObject({ kind: "too_long", span: { start: 1902, end: 1903 } });
    expect(w!.message).toContain("2,000");
  });

  it("stops Instagram private messages at 1,000 characters, and public comment replies where the server does", () => {
    const igPrivate = { visibility: "private", platform: "INSTAGRAM" } as const;
    const igPublic = { visibility: "public", platform: "INSTAGRAM" } as const;
    expect(measureDraft("a".repeat(1000), igPrivate)).toMatchObject({ length: 1000, limit: 1000 });
    expect(kinds(checkDraft("a".repeat(1000), igPrivate))).toEqual([]);
    expect(checkDraft("a".repeat(1001), igPrivate)[0]).toMatchObject({ kind: "too_long", blocking: true, span: { start: 1000 } });
    expect(kinds(checkDraft("a".repeat(1500), igPublic))).toEqual([]);
  });

  it("counts the trimmed text, as the server does", () => {
    expect(checkDraft(`   ${"a".repeat(280)}   `, xPublic)).toEqual([]);
  });

  it("allows long internal notes (5,000)", () => {
    expect(checkDraft("a".repeat(4000), note)).toEqual([]);
    expect(kinds(checkDraft("a".repeat(5001), note))).toEqual(["too_long"]);
  });

  it("flags placeholders left in a reply, with where they are", () => {
    const draft = "Bonjour {{first_name}}, dossier {{ case_number }} — {{first_name}}";
    const ws = checkDraft(draft, fbPublic);
    expect(kinds(ws)).toEqual(["unfilled_variable"]);
    expect(ws[0]!.message).toContain("{{first_name}}, {{case_number}}");
    expect(draft.slice(ws[0]!.span!.start, ws[0]!.span!.end)).toBe("{{first_name}}");
    expect(checkDraft(draft, note)).toEqual([]);
  });

  it("takes translated messages with their placeholders", () => {
    const [w] = checkDraft("a".repeat(2000), messenger, { tooLongMessenger: "Plus de {limit} caractères" });
    expect(w!.message).toBe("Plus de 1900 caractères");
  });
});
