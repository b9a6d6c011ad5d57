// The handlers run after each committed ingestion batch (see after-ingest.ts), in this order. One line each.
import type { AfterIngestHandler } from "./after-ingest";
import { slaAfterIngest } from "../sla/sla-after-ingest";

export const AFTER_INGEST_HANDLERS: AfterIngestHandler[] = [
  slaAfterIngest,
];
