// French typography of label-colon strings: a (narrow) no-break space before ":" so the colon never starts a
// line ("Équipe : Logistique"). Two guards: components do not glue ": " after a translated label (the colon
// belongs in the message, where each language spaces it its own way), and a French colon that introduces a
// value — a placeholder, a quotation, or what the component appends after the message — has U+202F before it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en, fr } from "@/lib/i18n/messages";
import { makeTranslator } from "@/lib/i18n/translate";
import { fillTemplate } from "@/lib/notifications/fill-template";

const root = path.resolve(__dirname, "../..");
const NNBSP = "\u202f";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith(".tsx") ? [full] : [];
  });
}

describe("French colons", () => {
  it("no component appends ': ' to a translated label", () => {
    // `${t("desk.team")}: ${name}`, {t("x")}: {v}, {L["desk.team"]}: {v}, `${L("edit")}: ${title}`
    const glued = /(\$\{|\{)(t|L)(\(\s*["'`][^)]*\)|\[\s*["'`][^\]]*\])\}\s?:\s/;
    const found = ["app", "components"].flatMap((d) => sources(path.join(root, d))).flatMap((file) =>
      readFileSync(file, "utf8").split("\n").flatMap((line, i) => (glued.test(line) ? [`${path.relative(root, file)}:${i + 1}`] : [])));
    expect(found).toEqual([]);
  });

  it("a French colon introducing a value has a narrow no-break space before it", () => {
    const bad = Object.entries(fr).filter(([, v]) => /(?<!\u202f):(?=$| \{| «)/.test(v) || /^\{\w+\} ?:/.test(v));
    expect(bad.map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });

  it("the team, solution and canned-reply labels read 'Label\u202f: value' in French and 'Label: value' in English", () => {
    expect(fillTemplate(fr["desk.teamNamed"], { name: "Logistique" })).toBe(`Équipe${NNBSP}: Logistique`);
    expect(fillTemplate(en["desk.teamNamed"], { name: "Logistics" })).toBe("Team: Logistics");
    expect(fillTemplate(fr["desk.panel.solutionNamed"], { solution: "Renvoi" })).toBe(`Solution proposée${NNBSP}: Renvoi`);
    expect(fillTemplate(fr["canned.editNamed"], { title: "Retard" })).toBe(`Modifier${NNBSP}: Retard`);
    expect(fillTemplate(fr["canned.archiveNamed"], { title: "Retard" })).toBe(`Archiver${NNBSP}: Retard`);
    // Through next-intl's ICU formatting too (server t(key, values)).
    expect(makeTranslator("fr", fr)("guards.mod.casesCount", { count: 3, open: 1 })).toBe(`Dossiers${NNBSP}: 3, ouverts${NNBSP}: 1`);
  });
});
