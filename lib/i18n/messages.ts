// UI strings in English and French, one file per domain under ./dict/ so parallel work does not collide;
// both languages must define every key (checked by the types and by tests/unit/i18n.test.ts).
import * as core from "./dict/core";
import * as ingest from "./dict/ingest";
import * as desk from "./dict/desk";
import * as guards from "./dict/guards";
import * as reports from "./dict/reports";
import * as security from "./dict/security";
import * as platforms from "./dict/platforms";
import * as live from "./dict/live";
import * as admin from "./dict/admin";
import * as audit from "./dict/audit";
import * as moderation from "./dict/moderation";
import * as validation from "./dict/validation";
import * as errors from "./dict/errors";
import * as refusals from "./dict/refusals";
import * as automation from "./dict/automation";
import * as reviews from "./dict/reviews";
export const LOCALES = ["en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];

export const en = {
  ...core.en,
  ...ingest.en,
  ...desk.en,
  ...guards.en,
  ...reports.en,
  ...security.en,
  ...platforms.en,
  ...live.en,
  ...admin.en,
  ...audit.en,
  ...moderation.en,
  ...validation.en,
  ...errors.en,
  ...refusals.en,
  ...automation.en,
  ...reviews.en,
} as const;

export type MessageKey = keyof typeof en;

export const fr: Record<MessageKey, string> = {
  ...core.fr,
  ...ingest.fr,
  ...desk.fr,
  ...guards.fr,
  ...reports.fr,
  ...security.fr,
  ...platforms.fr,
  ...live.fr,
  ...admin.fr,
  ...audit.fr,
  ...moderation.fr,
  ...validation.fr,
  ...errors.fr,
  ...refusals.fr,
  ...automation.fr,
  ...reviews.fr,
};

export const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, fr };

/** Picks a supported locale from an explicit choice (cookie) or the browser's Accept-Language. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (cookie === "en" || cookie === "fr") return cookie;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.split(";")[0]?.trim().slice(0, 2).toLowerCase();
    if (tag === "fr" || tag === "en") return tag;
  }
  return "en";
}
