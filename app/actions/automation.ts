"use server";

// Server actions of Settings → Automation (issue #22): save, switch, move, archive and preview rules; a lead's
// caps and availability switches; everyone's own "available for new cases". Authenticate, parse with the schemas
// the API uses (lib/automation/rule-schema.ts), one use case, refresh the page; errors through runAction.
import { revalidatePath } from "next/cache";
import { ZodError, z } from "zod";
import { createRule } from "@/lib/automation/create-rule";
import { previewRule, type RulePreview } from "@/lib/automation/preview-rule";
import { availabilityInput, previewInput, ruleDefinition, ruleId, ruleInput, rulePatch } from "@/lib/automation/rule-schema";
import type { RuleView } from "@/lib/automation/rule-view";
import { setAvailability } from "@/lib/automation/set-availability";
import { updateRule } from "@/lib/automation/update-rule";
import { requireMember } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { runAction, type ActionResult } from "@/lib/server/run-action";
import { pausedReasonText, refusalText } from "@/components/automation/rule-reasons";

const PAGE = "/settings/automation";
const userId = z.uuid({ error: "user id must be a UUID" });
// A draft is previewed before it has a name: only its definition must hold.
const draftInput = z.object({ name: z.string().max(100).default(""), definition: ruleDefinition }).strict();

/** A rule has many rows of the same fields: its issues are keyed by their whole path ("definition.actions.1.teamId"),
 * not the last segment, so the builder marks the very row (lib/i18n/localize-issues.ts keys by the last segment). */
function withWholePaths(err: unknown): unknown {
  if (!(err instanceof ZodError)) return err;
  return new ZodError(err.issues.map((i) => ({ ...i, path: i.path.length > 0 ? [i.path.join(".")] : [] })));
}

function run<T>(fn: () => Promise<T>, refresh = true): Promise<ActionResult<T>> {
  return runAction(async () => {
    try {
      const data = await fn();
      if (refresh) revalidatePath(PAGE);
      return data;
    } catch (err) {
      throw withWholePaths(err);
    }
  });
}

export async function createRuleAction(input: unknown): Promise<ActionResult<RuleView>> {
  const member = await requireMember("automation.manage");
  return run(async () => createRule(await getPrisma(), member, ruleInput.parse(input)));
}

/** Enable or disable, rename, change the definition (a new version), move (position) or archive. */
export async function updateRuleAction(id: unknown, patch: unknown): Promise<ActionResult<RuleView>> {
  const member = await requireMember("automation.manage");
  return run(async () => updateRule(await getPrisma(), member, ruleId.parse(id), rulePatch.parse(patch)));
}

/** The builder's draft as it stands, unsaved, over the last 7 or 30 days; refusals and a broken reference in words. */
export async function previewRuleAction(draft: unknown, days: unknown): Promise<ActionResult<RulePreview>> {
  const member = await requireMember("automation.manage");
  return run(async () => {
    const rule = draftInput.parse(draft);
    const preview = await previewRule(await getPrisma(), member, { id: "draft", name: rule.name, version: 0, definition: rule.definition }, previewInput.parse({ days }).days);
    const { locale, t } = await getT();
    return {
      ...preview,
      broken: preview.broken ? pausedReasonText(preview.broken, t, {}) : null,
      refused: preview.refused.map((r) => ({ ...r, reason: refusalText(r, t, locale) })),
    };
  }, false);
}

/** A lead sets a member's availability or open-case cap (null: no cap). */
export async function setAgentAction(id: unknown, input: unknown): Promise<ActionResult<{ userId: string; available: boolean; caseCap: number | null }>> {
  const member = await requireMember("automation.manage");
  return run(async () => setAvailability(await getPrisma(), member, userId.parse(id), availabilityInput.parse(input)));
}

/** Anyone: "available for new cases" for themselves (round-robin skips who is not). */
export async function setMyAvailabilityAction(input: unknown): Promise<ActionResult<{ userId: string; available: boolean; caseCap: number | null }>> {
  const member = await requireMember("presence.set_own");
  return runAction(async () => {
    const { available } = z.object({ available: z.boolean() }).strict().parse(input);
    const r = await setAvailability(await getPrisma(), member, member.userId, { available });
    revalidatePath(PAGE); // the agents' load; the switch itself keeps its own state

    return r;
  });
}
