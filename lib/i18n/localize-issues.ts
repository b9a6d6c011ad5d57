// zod issues in the reader's language (issue #26 item 8): the one place forms and pages turn a validation
// error into words. Our schemas' own messages are translated by their English text (validation-messages-fr.ts);
// zod's default messages, written for developers, are replaced by a sentence per kind of issue
// (dict/validation.ts). Routes keep zod's English: API clients read codes and paths, not prose.
import type { core } from "zod";
import type { Locale, MessageKey } from "./messages";
import { VALIDATION_MESSAGES_FR } from "./validation-messages-fr";
import type { MessageValues } from "./translate";

type T = (key: MessageKey, values?: MessageValues) => string;
type Issue = core.$ZodIssue;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERNS = Object.entries(VALIDATION_MESSAGES_FR).filter(([id]) => id.includes("{x}"))
  .map(([id, fr]) => ({ re: new RegExp(`^${escape(id).replace("\\{x\\}", "(.+?)")}$`), fr }));

/** Our own message in French, or null when the message is not one of ours. */
export function ownMessageFr(message: string): string | null {
  const exact = VALIDATION_MESSAGES_FR[message];
  if (exact) return exact;
  for (const p of PATTERNS) {
    const m = p.re.exec(message);
    if (m) return p.fr.replace("{x}", m[1]!);
  }
  return null;
}

/** True when the message is zod's default for its issue (a schema that names its own message is kept). */
const isZodDefault = (i: Issue) =>
  /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)/.test(i.message) && ownMessageFr(i.message) === null;

function byKind(i: Issue, t: T): string {
  switch (i.code) {
    case "invalid_type": return /received undefined/.test(i.message) ? t("validation.required") : t("validation.invalidType");
    case "too_small": {
      const minimum = Number(i.minimum);
      if (i.origin === "string") return t("validation.tooShort", { minimum });
      if (i.origin === "array" || i.origin === "set") return t("validation.tooFewItems", { minimum });
      return t("validation.tooSmallNumber", { minimum });
    }
    case "too_big": {
      const maximum = Number(i.maximum);
      if (i.origin === "string") return t("validation.tooLong", { maximum });
      if (i.origin === "array" || i.origin === "set") return t("validation.tooManyItems", { maximum });
      return t("validation.tooBigNumber", { maximum });
    }
    case "invalid_format":
      if (i.format === "email") return t("validation.email");
      if (i.format === "url") return t("validation.url");
      if (i.format === "date") return t("validation.date");
      if (i.format === "datetime") return t("validation.datetime");
      if (["uuid", "guid", "cuid", "cuid2", "ulid", "nanoid"].includes(i.format)) return t("validation.id");
      return t("validation.pattern");
    case "invalid_value": return t("validation.choice");
    case "unrecognized_keys": return t("validation.unknownKeys", { keys: i.keys.join(", ") });
    case "not_multiple_of": return t("validation.notInteger");
    default: return t("validation.invalid");
  }
}

/** One issue's message for a form, in `locale`. */
export function localizeIssue(i: Issue, locale: Locale, t: T): string {
  if (!isZodDefault(i)) return locale === "fr" ? (ownMessageFr(i.message) ?? i.message) : i.message;
  return byKind(i, t);
}

/** Every issue's message, keyed by field (the last path segment; "form" for the whole input), the first per field. */
export function localizeIssues(issues: readonly Issue[], locale: Locale, t: T) {
  const fieldErrors: Record<string, string> = {};
  const messages = issues.map((i) => localizeIssue(i, locale, t));
  issues.forEach((i, n) => { fieldErrors[String(i.path.at(-1) ?? "form")] ??= messages[n]!; });
  return { message: [...new Set(messages)].join(" "), fieldErrors };
}
