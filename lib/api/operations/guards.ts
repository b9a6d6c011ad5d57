// Placeholder: the guards operations are being declared (issue #21 item 2).
import type { AnyOperation } from "../operation";

export const GUARD_OPERATIONS: AnyOperation[] = [];
