// Whether a rule's conditions hold for a case (issue #22). Pure: the facts are loaded once per batch
// (./case-facts.ts) and the rule compiled once per version (its words stemmed, its pattern built), so 50 rules
// over a batch cost in-memory comparisons only.
import type { CaseFacts } from "./case-facts";
import { compileWords, countMatches, wordsOf, type CompiledWords } from "./match-words";
import type { RuleCondition, RuleDefinition } from "./rule-schema";

export interface CompiledRule {
  id: string;
  name: string;
  version: number;
  position: number;
  definition: RuleDefinition;
  words: Map<number, CompiledWords>;
  patterns: Map<number, RegExp>;
  /** Condition indexes, the cheap comparisons first and the text last: most cases are decided before any text is read. */
  order: number[];
}

export interface EvalContext {
  /** Whether the workspace is open now (its SLA policy's business hours; always open without a policy). */
  businessOpen: boolean;
}

const LINK = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]{2,}|\b[a-z0-9-]+\.(?:com|net|org|io|ly|co|xyz|info|biz|fr|me)\/\S*/i;
/** Patterns run on at most this many characters: a long text cannot make a rule slow. */
const PATTERN_TEXT_MAX = 5000;

export function compileRule(r: { id: string; name: string; version: number; position: number; definition: RuleDefinition }): CompiledRule {
  const words = new Map<number, CompiledWords>();
  const patterns = new Map<number, RegExp>();
  r.definition.conditions.forEach((c, i) => {
    if (c.field === "text") words.set(i, compileWords(c.words));
    if (c.field === "text_pattern") patterns.set(i, new RegExp(c.pattern, "iu"));
  });
  const textual = (i: number) => ["text", "text_pattern", "has_link"].includes(r.definition.conditions[i]!.field);
  const all = r.definition.conditions.map((_, i) => i);
  return { ...r, words, patterns, order: [...all.filter((i) => !textual(i)), ...all.filter(textual)] };
}

function holds(rule: CompiledRule, c: RuleCondition, i: number, f: CaseFacts, ctx: EvalContext): boolean {
  switch (c.field) {
    case "platform": return (c.in as string[]).includes(f.platform);
    case "channel": return c.in.includes(f.channelId);
    case "visibility": return f.messages.some((m) => (c.in as string[]).includes(m.visibility));
    case "language": return f.language !== null && (c.in as string[]).includes(f.language);
    case "text": {
      const compiled = rule.words.get(i)!;
      const n = countMatches((f.words ??= wordsOf(f.text)), compiled);
      return c.op === "any" ? n > 0 : c.op === "all" ? n === compiled.length : n === 0;
    }
    case "text_pattern": return rule.patterns.get(i)!.test(f.text.slice(0, PATTERN_TEXT_MAX));
    case "has_link": return LINK.test(f.text) === c.value;
    case "sentiment": {
      const s = f.messages.reduce<number | null>((min, m) => (m.sentiment === null ? min : Math.min(min ?? 100, m.sentiment)), null) ?? f.sentiment;
      return s !== null && (c.op === "below" ? s < c.value : s > c.value);
    }
    case "followers": return f.followers !== null && (c.op === "at_least" ? f.followers >= c.value : f.followers < c.value);
    case "rating": return f.rating !== null && (c.op === "at_most" ? f.rating <= c.value : f.rating >= c.value);
    case "author_mark": return f.signals.some((s) => (c.in as string[]).includes(s.toLowerCase()));
    case "tag": return f.tags.includes(c.value) === (c.op === "has");
    case "priority": return (c.in as string[]).includes(f.priority);
    case "status": return (c.in as string[]).includes(f.status);
    case "team": return c.in.length === 0 ? f.teamId === null : f.teamId !== null && c.in.includes(f.teamId);
    case "assigned": return (f.assigneeId !== null) === c.value;
    case "business_hours": return ctx.businessOpen === c.value;
    case "incident": return (f.incidentId !== null) === c.value;
  }
}

/** True when the rule's conditions hold (all or any of them; a rule without conditions holds for every case). */
export function ruleMatches(rule: CompiledRule, f: CaseFacts, ctx: EvalContext): boolean {
  const cs = rule.definition.conditions;
  if (cs.length === 0) return true;
  const test = (i: number) => holds(rule, cs[i]!, i, f, ctx);
  return rule.definition.match === "all" ? rule.order.every(test) : rule.order.some(test);
}
