import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { patchEscalationOp } from "@/lib/api/operations/desk";

// Declared in lib/api/operations/desk.ts (method, path, access, schemas, handler).
export const PATCH = route(patchEscalationOp);
export const DELETE = methodNotAllowed("PATCH");
