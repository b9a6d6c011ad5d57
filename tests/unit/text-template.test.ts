import { describe, expect, it } from "vitest";
import { doubleBracesToIcu, escapeIcu, formatTemplate } from "@/lib/text/template";
import { fillVariables } from "@/lib/canned-replies/fill-variables";

describe("lib/text formatTemplate (ICU)", () => {
  it("fills ICU placeholders, plurals included", () => {
    expect(formatTemplate("{actor} assigned case #{number} to you.", { actor: "Léa", number: 42 })).toBe("Léa assigned case #42 to you.");
    expect(formatTemplate("{count, plural, one {# dossier} other {# dossiers}}", { count: 3 }, "fr")).toBe("3 dossiers");
  });

  it("leaves a missing value empty, or visible when asked", () => {
    expect(formatTemplate("Team: {name}", {})).toBe("Team: ");
    expect(formatTemplate("Cases {cases} are open", {}, "en", { missing: "keep" })).toBe("Cases {cases} are open");
  });

  it("keeps French apostrophes: plain ones are literal, escaped ones before a brace too", () => {
    expect(formatTemplate("L'équipe de {name} vous répond aujourd'hui", { name: "Léa" }, "fr")).toBe("L'équipe de Léa vous répond aujourd'hui");
    // Unescaped, ICU reads "'{" as the start of a quoted literal: escapeIcu is what keeps "l'{x}" working.
    expect(formatTemplate(`${escapeIcu("chez l'")}{shop}`, { shop: "Fnac" }, "fr")).toBe("chez l'Fnac");
    expect(escapeIcu("l'{x}")).toBe("l'''{'x'}'");
    for (const plain of ["l'{x}", "{{}}", "'{'", "aujourd'hui } {", "''"]) expect(formatTemplate(escapeIcu(plain), {})).toBe(plain);
  });

  it("inserts values as text, never as ICU", () => {
    expect(formatTemplate("Hi {name}", { name: "{evil} l'{x}" })).toBe("Hi {evil} l'{x}");
    expect(formatTemplate("<b>{x}</b>", { x: "1" })).toBe("<b>1</b>");
  });

  it("turns a {{name}} text into ICU with its apostrophes and stray braces escaped", () => {
    const { message, placeholders } = doubleBracesToIcu("Bonjour {{ first_name }}, l'équipe {ok} d'{{agent.name}}");
    expect(placeholders).toEqual([{ name: "first_name", raw: "{{ first_name }}" }, { name: "agent.name", raw: "{{agent.name}}" }]);
    expect(formatTemplate(message, { v0: "Léa", v1: "Sam" }, "fr")).toBe("Bonjour Léa, l'équipe {ok} d'Sam");
  });

  it("fills stored canned replies as before, apostrophes kept", () => {
    const r = fillVariables("Bonjour {{first_name}}, j'ai relancé l'équipe ({{case_number}}) — {{agent_name}} {{unknown}}", { first_name: "Léa", case_number: 12, agent_name: null });
    expect(r.text).toBe("Bonjour Léa, j'ai relancé l'équipe (12) — {{agent_name}} {{unknown}}");
    expect(r.missing).toEqual(["agent_name", "unknown"]);
  });
});
