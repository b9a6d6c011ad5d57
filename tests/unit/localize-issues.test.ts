// Validation messages in the reader's language (issue #26 item 8): forms never show zod's developer English
// ("Too small: expected string to have >=8 characters") or our own English on a French page.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { signInSchema } from "@/lib/auth/schemas";
import { cannedReplyInput } from "@/lib/canned-replies/schemas";
import { auditQuery } from "@/lib/audit/schemas";
import { localizeIssues, ownMessageFr } from "@/lib/i18n/localize-issues";
import { DICTIONARIES, type Locale } from "@/lib/i18n/messages";
import { makeTranslator } from "@/lib/i18n/translate";

const tr = (locale: Locale) => makeTranslator(locale, DICTIONARIES[locale]);
const inFr = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  if (r.success) throw new Error("expected a validation error");
  return localizeIssues(r.error.issues, "fr", tr("fr"));
};
const ZOD_ENGLISH = /Too small|Too big|Invalid input|Invalid option|expected (string|number)|Unrecognized key|Invalid (email|UUID|ISO)/;

describe("validation messages in French", () => {
  it("replaces zod's defaults by a sentence per kind of issue", () => {
    const schema = z.object({ name: z.string().min(8), age: z.number().int().max(120), id: z.uuid(), kind: z.enum(["a", "b"]) }).strict();
    const { message, fieldErrors } = inFr(schema, { name: "abc", age: 500, id: "nope", kind: "c", extra: 1 });
    expect(message).not.toMatch(ZOD_ENGLISH);
    expect(fieldErrors).toMatchObject({ name: "Au moins 8 caractères.", age: "Au plus 120.", id: "Cet identifiant n'est pas valide.",
      kind: "Choisissez l'une des options proposées." });
    expect(message).toContain("Champs inattendus : extra.");
    expect(inFr(z.object({ title: z.string() }), {}).fieldErrors.title).toBe("Obligatoire.");
  });

  it("translates the project's own messages, keeping what a message builds in (field names, limits)", () => {
    expect(inFr(signInSchema, { email: "not-an-address", password: "" }).fieldErrors)
      .toEqual({ email: "Saisissez une adresse e-mail valide", password: "Saisissez votre mot de passe" });
    expect(inFr(cannedReplyInput, { title: "", body: "x".repeat(9000), language: "fr" }).message).not.toMatch(/Keep|Give|Write/);
    const audit = inFr(auditQuery, { from: "2026-13-45" });
    expect(audit.message).toMatch(/^from doit être une date du calendrier/);
  });

  it("keeps English in English, in friendlier words than zod's", () => {
    const r = z.object({ name: z.string().min(8) }).safeParse({ name: "abc" });
    expect(localizeIssues(r.error!.issues, "en", tr("en")).fieldErrors.name).toBe("At least 8 characters.");
  });

  it("has French for every message the schemas name themselves", () => {
    const files = (dir: string): string[] => readdirSync(dir).flatMap((e) => {
      const p = path.join(dir, e);
      return statSync(p).isDirectory() ? (e === "generated" ? [] : files(p)) : /(schemas?|dates)\.ts$/.test(e) ? [p] : [];
    });
    const missing: string[] = [];
    for (const f of files("lib")) {
      const src = readFileSync(f, "utf8");
      // Second arguments and `error:` / `message:` options written as sentences: "Give …", `Keep … ${MAX} …`.
      for (const m of src.matchAll(/(?:,\s*|(?:error|message):\s*)(["`])([A-Z][^"`]*[a-z)][^"`]*)\1/g)) {
        const text = m[2]!.replace(/\$\{[^}]+\}/g, "X");
        if (!/\s/.test(text) || /^[A-Z_]+$/.test(text)) continue; // identifiers and enum values, not sentences
        if (ownMessageFr(text) === null) missing.push(`${f}: ${m[2]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
