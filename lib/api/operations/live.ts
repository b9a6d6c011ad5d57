// Placeholder: the live operations are being declared (issue #21 item 2).
import type { AnyOperation } from "../operation";

export const LIVE_OPERATIONS: AnyOperation[] = [];
