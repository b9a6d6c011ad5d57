// Filling templates through ICU MessageFormat (intl-messageformat, the engine under next-intl): the one filler
// behind dictionary sentences ("{actor} assigned case #{number}"), guard and composer messages, and the canned
// replies agents write ("Bonjour {{first_name}}"). Before, four hand-written `replace(/\{(\w+)\}/)` fillers
// each decided differently what a missing value gives, and none knew plurals.
//
// Contract:
//   - formatTemplate(message, vars, locale, { missing }): `message` is ICU ({name}, plurals, selects,
//     numbers); a variable without a value gives "" (missing: "empty", the default) or stays as "{name}"
//     (missing: "keep"). Values are inserted as text, never read as ICU. Tags ("<b>") are plain text.
//     A message that is not valid ICU is returned with its plain {name} placeholders filled, never thrown.
//   - ICU quoting: an apostrophe followed by { } or | (or # in a plural) starts a quoted literal, so French
//     "l'{name}" would swallow its placeholder. Plain text that is not ICU must go through escapeIcu first;
//     doubleBracesToIcu does it for the stored canned replies ({{name}} syntax), so "l'équipe" and
//     "aujourd'hui {{first_name}}" keep their apostrophes.
import { IntlMessageFormat } from "intl-messageformat";

export type TemplateValue = string | number | Date | null | undefined;
export interface FormatOptions {
  /** What a variable without a value gives: "" (default) or its own "{name}", visible to fix. */
  missing?: "empty" | "keep";
}

/**
 * Plain text as an ICU literal: apostrophes doubled, each run of braces quoted as one ("l'équipe {x}" →
 * "l''équipe '{'x'}'"; "{{}}" → "'{{}}'": quoting brace by brace would read "''" between them as an apostrophe).
 */
export function escapeIcu(text: string): string {
  return text.replace(/'/g, "''").replace(/[{}]+/g, (run) => `'${run}'`);
}

const cache = new Map<string, IntlMessageFormat | null>();

function compiled(message: string, locale: string): IntlMessageFormat | null {
  const key = `${locale}\u0000${message}`;
  let mf = cache.get(key);
  if (mf === undefined) {
    try {
      mf = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true });
    } catch {
      mf = null;
    }
    if (cache.size > 2000) cache.clear();
    cache.set(key, mf);
  }
  return mf;
}

/** Names of the arguments an ICU message uses, nested plural/select branches included. */
function argumentNames(elements: unknown[], out = new Set<string>()): Set<string> {
  for (const el of elements as { type: number; value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
    // 1 argument, 2 number, 3 date, 4 time, 5 select, 6 plural (intl-messageformat's AST types).
    if (el.type >= 1 && el.type <= 6 && typeof el.value === "string") out.add(el.value);
    for (const o of Object.values(el.options ?? {})) argumentNames(o.value, out);
  }
  return out;
}

/** Fills an ICU message (contract above). */
export function formatTemplate(message: string, vars: Record<string, TemplateValue>, locale = "en", opts: FormatOptions = {}): string {
  const mf = compiled(message, locale);
  const missing = (name: string) => (opts.missing === "keep" ? `{${name}}` : "");
  if (!mf) return message.replace(/\{(\w+)\}/g, (_m, k: string) => (vars[k] == null ? missing(k) : String(vars[k])));
  const values: Record<string, string | number | Date> = {};
  for (const name of argumentNames(mf.getAst())) {
    const v = vars[name];
    values[name] = v == null ? missing(name) : v;
  }
  const out = mf.format(values);
  return Array.isArray(out) ? out.join("") : String(out);
}

/** `{{ name }}`: spaces inside the braces are tolerated, names are letters, digits, `_`, `-` and `.`. */
const DOUBLE_BRACES = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}/gu;

/**
 * A text written with {{name}} placeholders (the canned replies' syntax) as an ICU message: the text around
 * them escaped (escapeIcu), each placeholder an argument named v0, v1… (ICU names cannot hold "." or "-");
 * `placeholders[i]` is argument v<i>: its name and the placeholder exactly as written.
 */
export function doubleBracesToIcu(text: string): { message: string; placeholders: { name: string; raw: string }[] } {
  const placeholders: { name: string; raw: string }[] = [];
  let message = "";
  let last = 0;
  for (const m of text.matchAll(DOUBLE_BRACES)) {
    message += escapeIcu(text.slice(last, m.index)) + `{v${placeholders.length}}`;
    placeholders.push({ name: m[1]!, raw: m[0] });
    last = m.index + m[0].length;
  }
  return { message: message + escapeIcu(text.slice(last)), placeholders };
}
