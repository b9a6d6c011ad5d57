// Placeholder: the desk operations are being declared (issue #21 item 2).
import type { AnyOperation } from "../operation";

export const DESK_OPERATIONS: AnyOperation[] = [];
