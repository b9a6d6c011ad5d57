// The handlers run after each committed ingestion batch (see after-ingest.ts), in this order. One line each.
import type { AfterIngestHandler } from "./after-ingest";
import { slaAfterIngest } from "../sla/sla-after-ingest";
import { restartClockOnReopen } from "../resolution/restart-clock-on-reopen";
import { readSatisfactionAnswer } from "../resolution/read-satisfaction-answer";
import { trackPromisesAfterIngest } from "../followups/track-promise";

export const AFTER_INGEST_HANDLERS: AfterIngestHandler[] = [
  slaAfterIngest,
  restartClockOnReopen,
  readSatisfactionAnswer,
  trackPromisesAfterIngest,
];
