// Each text task's evaluation, by name (evaluate.ts prints them; tests/unit/text-eval-dev.test.ts gates on them).
import type { Row, Task } from "./corpus";
import { evaluateGuards } from "./tasks/guards";
import { evaluateHandoff } from "./tasks/handoff";
import { evaluateIncidents } from "./tasks/incidents";
import { evaluatePromises } from "./tasks/promises";
import type { TaskReport } from "./tasks/report";
import { evaluateSatisfaction } from "./tasks/satisfaction";
import { evaluateSentiment } from "./tasks/sentiment";

export const EVALUATORS: Record<Task, (rows: Row[]) => TaskReport> = {
  incidents: evaluateIncidents,
  sentiment: evaluateSentiment,
  satisfaction: evaluateSatisfaction,
  promises: evaluatePromises,
  guards: evaluateGuards,
  handoff: evaluateHandoff,
};
