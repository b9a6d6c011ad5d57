// A rule as the API and the builder show it: its definition parsed (the stored JSON is only trusted once
// parsed), its state in one word. No server imports beyond types.
import type { AutomationRule } from "../generated/prisma/client";
import { ruleDefinition, type RuleDefinition } from "./rule-schema";

export type RuleState = "enabled" | "disabled" | "paused" | "archived";

export interface RuleView {
  id: string; name: string; trigger: string; version: number; position: number; enabled: boolean; state: RuleState;
  pausedReason: string | null; pausedAt: Date | null; archivedAt: Date | null; definition: RuleDefinition | null;
  createdAt: Date; updatedAt: Date;
}

export function ruleView(r: AutomationRule): RuleView {
  const parsed = ruleDefinition.safeParse(r.definition);
  const state: RuleState = r.archivedAt ? "archived" : r.pausedAt ? "paused" : r.enabled ? "enabled" : "disabled";
  return {
    id: r.id, name: r.name, trigger: r.trigger, version: r.version, position: r.position, enabled: r.enabled, state,
    pausedReason: r.pausedReason, pausedAt: r.pausedAt, archivedAt: r.archivedAt, definition: parsed.success ? parsed.data : null,
    createdAt: r.createdAt, updatedAt: r.updatedAt,
  };
}
