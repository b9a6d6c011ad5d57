// Password strength the way crackers guess (zxcvbn-ts: common passwords, English and French words, names,
// keyboard patterns, dates, the person's own name and e-mail), not length alone. Score 0–4; 3 is required.
// Its hints come in the reader's language (zxcvbn-ts ships the French translations in @zxcvbn-ts/language-fr).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as fr from "@zxcvbn-ts/language-fr";
import { invalid } from "../errors/domain-errors";

export const MIN_SCORE = 3;

export type StrengthLocale = "en" | "fr";

// One estimator for both languages: each one built its own ranked dictionaries (15 MiB for English, 18 more for
// French, measured, issue #27). Built without translations, it reports its hints as keys, named here per reader.
let shared: ZxcvbnFactory | undefined;
const factory = () => (shared ??= new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary },
  graphs: common.adjacencyGraphs,
}));
const HINTS = { en: en.translations, fr: fr.translations } as const;

export interface StrengthReport {
  score: number;
  ok: boolean;
  warning: string | null;
  suggestions: string[];
}

export function passwordStrength(password: string, userInputs: string[] = [], locale: StrengthLocale = "en"): StrengthReport {
  // Parts of the e-mail count as "known" too: "marie.durand2026" is weak for marie.durand@….
  const inputs = userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[@.\s_+-]+/)]).filter((s) => s.length > 2);
  const r = factory().check(password.slice(0, 100), inputs);
  const { warnings, suggestions } = HINTS[locale];
  return {
    score: r.score,
    ok: r.score >= MIN_SCORE,
    warning: r.feedback.warning ? (warnings[r.feedback.warning as keyof typeof warnings] ?? r.feedback.warning) : null,
    suggestions: r.feedback.suggestions.map((k) => suggestions[k as keyof typeof suggestions] ?? k),
  };
}

const TOO_WEAK: Record<StrengthLocale, (score: number) => string> = {
  en: (score) => `password: too easy to guess (strength ${score}/4, needs ${MIN_SCORE}).`,
  fr: (score) => `mot de passe : trop facile à deviner (robustesse ${score}/4, il faut ${MIN_SCORE}).`,
};

/** Throws a 400 `weak_password` naming what is wrong, with the estimator's feedback (in `locale`) in details. */
export function assertStrongPassword(password: string, userInputs: string[] = [], locale: StrengthLocale = "en"): void {
  const r = passwordStrength(password, userInputs, locale);
  if (r.ok) return;
  // zxcvbn's warnings have no final full stop (its suggestions do): add it so the hints read as sentences.
  const why = [r.warning, ...r.suggestions].filter((x): x is string => Boolean(x)).map((x) => (/[.!?…]$/.test(x) ? x : `${x}.`)).join(" ");
  throw invalid("weak_password", `${TOO_WEAK[locale](r.score)}${why ? ` ${why}` : ""}`, {
    score: r.score,
    warning: r.warning,
    suggestions: r.suggestions,
    locale,
  });
}
