// The handlers run after each committed ingestion batch (see after-ingest.ts), in this order. One line each.
import type { AfterIngestHandler } from "./after-ingest";
import { coalesced } from "./coalesce-handler";
import { slaAfterIngest } from "../sla/sla-after-ingest";
import { scoreAfterIngest } from "../scoring/score-after-ingest";
import { incidentsAfterIngest } from "../incidents/incidents-after-ingest";
import { radarAfterIngest } from "../radar/radar-after-ingest";
import { restartClockOnReopen } from "../resolution/restart-clock-on-reopen";
import { readSatisfactionAnswer } from "../resolution/read-satisfaction-answer";
import { trackPromisesAfterIngest } from "../followups/track-promise";
import { recordFailedHandoffAfterIngest } from "../handoff/record-failed-handoff";
import { markStaffAfterIngest } from "../staff/mark-staff-messages";
import { endSnoozeAfterIngest } from "../cases/end-snooze-after-ingest";
import { rulesAfterIngest } from "../automation/rules-after-ingest";

export const AFTER_INGEST_HANDLERS: AfterIngestHandler[] = [
  markStaffAfterIngest, // before all: a staff member's message is no customer's (issue #25)
  endSnoozeAfterIngest, // first: the case is back in the views as soon as the customer's message is
  scoreAfterIngest, // raises priorities, so before the SLA clocks
  rulesAfterIngest, // reads the scores; may set the priority, so before the SLA clocks (issue #22)
  slaAfterIngest,
  // Workspace-wide recomputations: at most one run per workspace per second, bursts merged (coalesce-handler.ts).
  coalesced(incidentsAfterIngest, 1_000), // reads the scores
  coalesced(radarAfterIngest, 1_000), // reads the scores and the author signals
  restartClockOnReopen,
  readSatisfactionAnswer,
  recordFailedHandoffAfterIngest, // after the score: it raises the priority one step from there
  trackPromisesAfterIngest,
];
