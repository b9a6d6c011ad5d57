import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { snoozeOp } from "@/lib/api/operations/cases";

// Declared in lib/api/operations/cases.ts (method, path, access, schemas, handler).
export const POST = route(snoozeOp);
export const DELETE = methodNotAllowed("POST");
