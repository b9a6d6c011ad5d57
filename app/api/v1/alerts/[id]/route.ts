import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { acknowledgeAlertOp } from "@/lib/api/operations/reports";

// Declared in lib/api/operations/reports.ts (method, path, access, schemas, handler).
export const PATCH = route(acknowledgeAlertOp);
export const DELETE = methodNotAllowed("PATCH");
