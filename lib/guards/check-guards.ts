// The tact and safety check of a reply draft (R3, R4, R5): tone, copy-paste, personal data in public,
// and on the first answer to a complaint a missing apology or next step. Pure and synchronous: the composer
// runs it as the draft is typed, and POST /api/v1/drafts/check and the send enforcement run the same code
// with the case's earlier replies loaded from the database. Messages come in the UI language.
import { en as EN, fr as FR } from "../i18n/dict/guards";
import { formatTemplate } from "../text/template";
import { ruleText } from "./rule-text";
import { checkTone, type ToneLists } from "./check-tone";
import { findPersonalData, DEFAULT_ORDER_PATTERN } from "./check-personal-data";
import { isOwnContact } from "./own-contact";
import { findDataRequests } from "./check-data-request";
import { findDuplicate, type CannedRef, type EarlierReply } from "./check-duplicate";
import { hasApology, hasNextStep } from "./check-first-answer";
import type { Severity } from "./tone-rules";
import { findFailedRoutes, type FailedRouteCount } from "../handoff/check-failed-routes";

/** The API contract of POST /api/v1/drafts/check (keep it exactly). */
// "failed-route" (issue #25) was added after the first five; clients that do not know it show its message as is.
export type GuardKind = "tone" | "duplicate" | "personal-data" | "missing-apology" | "missing-next-step" | "failed-route";
export interface GuardWarning {
  kind: GuardKind;
  category?: string;
  severity: Severity;
  message: string;
  start?: number;
  end?: number;
}

export type GuardLocale = "en" | "fr";
export interface GuardSettings {
  flagPhrases: string[];
  allowPhrases: string[];
  orderNumberPattern: string | null;
  /** The workspace's own public contact details (support phones, e-mails, web and postal addresses): a
   *  brand's own contact is never the customer's personal data (issue #19). */
  publicContacts?: string[];
}
export interface GuardContext {
  visibility: "public" | "private";
  locale?: GuardLocale;
  /** Earlier replies of the same case, and of the same thread with the same customer. */
  earlierReplies?: EarlierReply[];
  /** Precomputed 5-gram sets of earlierReplies (same order), to spare work on every keystroke. */
  earlierGrams?: Set<string>[];
  cannedReplies?: CannedRef[];
  /** True when nothing has been sent to the customer in this case yet. */
  firstAnswer?: boolean;
  settings?: Partial<GuardSettings>;
  /** The customer's latest messages in the case, newest first: what a draft answers (a "solved" claim while
   *  the customer says it is not is a false resolution; text copied from them is the customer speaking). */
  customerMessages?: string[];
  /** Routes customers reported as not working this week, and this case's kind of problem (issue #25, R10). */
  failedRoutes?: FailedRouteCount[];
  problemFamily?: string | null;
  /** false: tone rules only, without the learned fallback (evaluation and training compare the two). */
  toneModel?: boolean;
}

type Key = keyof typeof EN;
const DICTS: Record<GuardLocale, Record<Key, string>> = { en: EN, fr: FR };


function formatDate(at: string, locale: GuardLocale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(at));
}

export function checkGuards(draft: string, ctx: GuardContext): GuardWarning[] {
  const locale = ctx.locale ?? "en";
  const t = (k: Key, vars: Record<string, string> = {}) => formatTemplate(DICTS[locale][k], vars, locale, { missing: "keep" });
  if (draft.trim() === "") return [];
  const folded = ruleText(draft);
  const lists: ToneLists = { flag: ctx.settings?.flagPhrases, allow: ctx.settings?.allowPhrases, model: ctx.toneModel, customerMessages: ctx.customerMessages };
  const out: GuardWarning[] = [];

  for (const f of checkTone(draft, lists)) {
    const message = f.category === "custom" ? t("guards.tone.custom", { phrase: f.phrase ?? "" }) : t(`guards.tone.${f.category}` as Key);
    out.push({ kind: "tone", category: f.category, severity: f.severity, message, start: f.start, end: f.end });
  }

  const dup = findDuplicate(draft, ctx.earlierReplies ?? [], ctx.cannedReplies ?? [], ctx.earlierGrams);
  if (dup) {
    const date = formatDate(dup.at, locale);
    out.push({
      kind: "duplicate",
      ...(dup.cannedTitle ? { category: "canned" } : {}),
      severity: "high",
      message: dup.cannedTitle ? t("guards.duplicateCanned", { title: dup.cannedTitle, date }) : t("guards.duplicate", { date }),
      start: 0,
      end: draft.length,
    });
  }

  if (ctx.visibility === "public") {
    // The workspace's listed contacts are never personal data (issue #19). A line, mailbox or file reference the
    // draft introduces as ours (own-contact.ts) but that is not listed is a warning asking to list it, not a
    // block: the guard cannot know it is the brand's, and must not stop a good reply ("no good draft blocked").
    // A brand has more lines than it lists (an emergency number, a department's mailbox); the customer's own
    // number or address is never introduced as ours, so it stays high in public.
    for (const p of findPersonalData(draft, ctx.settings?.orderNumberPattern || DEFAULT_ORDER_PATTERN, ctx.settings?.publicContacts)) {
      const own = isOwnContact(draft, p.category, p.start, p.end);
      const message = own ? t("guards.personal.ownContact") : t(`guards.personal.${p.category}` as Key);
      out.push({ kind: "personal-data", category: p.category, severity: own ? "warning" : "high", message, start: p.start, end: p.end });
    }
    const asked = findDataRequests(draft);
    if (asked.length > 0 && !out.some((w) => w.kind === "personal-data")) {
      const r = asked[0]!;
      out.push({ kind: "personal-data", category: "request", severity: asked.some((a) => a.public) ? "high" : "warning", message: t("guards.personal.request"), start: r.start, end: r.end });
    }
  }

  for (const f of findFailedRoutes(draft, ctx.failedRoutes ?? [], ctx.problemFamily ?? null)) {
    const problem = f.family ? DICTS[locale][`guards.problemFamily.${f.family}` as Key] : undefined;
    const message = formatTemplate(DICTS[locale]["guards.failedRoute"], { kind: f.kind, count: f.count, family: problem ? f.family : "none", problem }, locale);
    out.push({ kind: "failed-route", category: f.kind, severity: "warning", message, start: f.start, end: f.end });
  }

  if (ctx.firstAnswer) {
    if (!hasApology(draft, folded)) out.push({ kind: "missing-apology", severity: "warning", message: t("guards.missingApology") });
    if (!hasNextStep(draft, folded)) out.push({ kind: "missing-next-step", severity: "warning", message: t("guards.missingNextStep") });
  }
  return out;
}

/** Findings that need an explicit override (with a reason) or a team lead's approval before sending. */
export function blockingFindings(warnings: GuardWarning[]): GuardWarning[] {
  return warnings.filter((w) => w.severity === "high");
}
