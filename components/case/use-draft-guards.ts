// The live checks beside a draft, as one hook: the composer's own (empty, too long for the platform, unfilled
// {{variables}}, lib/composer/check-draft.ts) and the tact and safety guards (lib/guards/check-guards.ts). Both
// run on every keystroke; only the earlier replies' 5-gram sets, the costly part, are computed once.
import { useMemo } from "react";
import { checkDraft, measureDraft, type DraftContext } from "@/lib/composer/check-draft";
import { grams } from "@/lib/guards/check-duplicate";
import { checkGuards, type GuardSettings } from "@/lib/guards/check-guards";
import type { FailedRouteCount } from "@/lib/handoff/check-failed-routes";
import type { PlatformId } from "@/lib/connectors/platforms";

export type ComposerMode = "public" | "private" | "note";

/** What the guards need to know about the case (lib/guards/load-guard-context.ts), serialised for the browser. */
export interface GuardInput {
  locale: "en" | "fr";
  earlierReplies: { body: string; at: string }[];
  cannedReplies: { id: string; title: string; body: string }[];
  firstAnswer: boolean;
  settings: GuardSettings;
  /** The contact is marked troll and has not had its one humorous answer yet (R8). */
  humorAllowed: boolean;
  /** Routes reported as not working this week and this case's kind of problem (issue #25). */
  failedRoutes?: FailedRouteCount[];
  problemFamily?: string | null;
}

export function useDraftGuards({ draft, mode, platform, guard, tried, L }: {
  draft: string;
  mode: ComposerMode;
  platform: PlatformId;
  guard?: GuardInput;
  /** "Write something first" only after a send attempt: an empty box is not a mistake. */
  tried: boolean;
  L: (key: string) => string;
}) {
  const ctx: DraftContext = { visibility: mode === "note" ? "internal" : mode, platform };
  const messages = {
    empty: L("warn.empty"), tooLongX: L("warn.tooLongX"), tooLongMessenger: L("warn.tooLongMessenger"),
    tooLong: L("warn.tooLong"), unfilled: L("warn.unfilled"),
  };
  // Cheap enough to run on every keystroke: a few regexes over at most a few thousand characters.
  const warnings = checkDraft(draft, ctx, messages);
  const shown = tried ? warnings : warnings.filter((w) => w.kind !== "empty");
  const { length, limit } = measureDraft(draft, ctx);
  // The guards: 5-gram sets of earlier replies computed once, the rest per keystroke (a few ms).
  const earlierGrams = useMemo(() => (guard?.earlierReplies ?? []).map((r) => grams(r.body)), [guard?.earlierReplies]);
  const guardWarnings = useMemo(
    () => (mode === "note" || !guard ? [] : checkGuards(draft, { visibility: mode, locale: guard.locale, earlierReplies: guard.earlierReplies, earlierGrams, cannedReplies: guard.cannedReplies, firstAnswer: guard.firstAnswer, settings: guard.settings, failedRoutes: guard.failedRoutes, problemFamily: guard.problemFamily })),
    [draft, mode, guard, earlierGrams],
  );
  return {
    /** Every composer warning, the empty draft included: a blocking one stops the send. */
    warnings,
    /** The ones to show now. */
    shown,
    blocking: shown.some((w) => w.blocking),
    length,
    limit,
    guardWarnings,
    /** A `high` finding: sending needs an override reason or a team lead's approval (the server checks it too). */
    guardHigh: guardWarnings.some((w) => w.severity === "high"),
  };
}
