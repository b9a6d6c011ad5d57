import { describe, expect, it } from "vitest";
import { fold, foldChar, foldWithMap, originalSpan } from "@/lib/text/fold";

describe("lib/text fold", () => {
  it("folds case, accents, ligatures, quotes and white space", () => {
    expect(fold("  Réglé À l’ŒUVRE,\tcœur  ")).toBe("regle a l'oeuvre, coeur");
    expect(fold("« Très »  “bien” it‘s `ok´")).toBe('" tres " "bien" it\'s \'ok\'');
    expect(fold("Straße Æther")).toBe("strasse aether");
    expect(fold("déjà\u00a0vu\u202f!")).toBe("deja vu !");
  });

  it("gives the same text with and without the offset map", () => {
    for (const s of ["  Réglé À l’ŒUVRE,\tcœur  ", "e\u0301te\u0301 😡 NON", "« Très » “bien”", ""]) {
      expect(foldWithMap(s).text).toBe(fold(s));
    }
  });

  it("maps folded spans back to the text as typed", () => {
    const draft = "Vous êtes  PÉNIBLE, œuvre 😡 là";
    const f = foldWithMap(draft);
    const at = f.text.indexOf("penible");
    const span = originalSpan(f, at, at + "penible".length, draft);
    expect(draft.slice(span.start, span.end)).toBe("PÉNIBLE");
    const oe = f.text.indexOf("oeuvre");
    const s2 = originalSpan(f, oe, oe + 6, draft);
    expect(draft.slice(s2.start, s2.end)).toBe("œuvre");
    const emo = f.text.indexOf("😡");
    const s3 = originalSpan(f, emo, emo + 2, draft);
    expect(draft.slice(s3.start, s3.end)).toBe("😡");
    expect(f.map[f.text.length]).toBe(draft.length);
  });

  it("drops a combining mark typed on its own", () => {
    expect(foldChar("\u0301")).toBe("");
    expect(foldChar("’")).toBe("'");
  });
});
