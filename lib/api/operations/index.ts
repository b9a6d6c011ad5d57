// Every /api/v1 operation, listed once: the OpenAPI document is built from this list, and
// tests/unit/openapi.test.ts checks it against the route files (each route exports route(op) for one of these).
import type { AnyOperation } from "../operation";
import { ACCOUNT_OPERATIONS } from "./account";
import { ADMINISTRATION_OPERATIONS } from "./administration";
import { AUTOMATION_OPERATIONS } from "./automation";
import { CASE_OPERATIONS } from "./cases";
import { CHANNEL_OPERATIONS } from "./channels";
import { DESK_OPERATIONS } from "./desk";
import { GUARD_OPERATIONS } from "./guards";
import { LIVE_OPERATIONS } from "./live";
import { META_OPERATIONS } from "./meta";
import { MODERATION_OPERATIONS } from "./moderation";
import { REPORT_OPERATIONS } from "./reports";

export const API_OPERATIONS: AnyOperation[] = [
  ...ACCOUNT_OPERATIONS,
  ...CASE_OPERATIONS,
  ...GUARD_OPERATIONS,
  ...MODERATION_OPERATIONS,
  ...DESK_OPERATIONS,
  ...REPORT_OPERATIONS,
  ...CHANNEL_OPERATIONS,
  ...LIVE_OPERATIONS,
  ...ADMINISTRATION_OPERATIONS,
  ...AUTOMATION_OPERATIONS,
  ...META_OPERATIONS,
];
