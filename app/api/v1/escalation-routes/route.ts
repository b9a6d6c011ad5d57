import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { getEscalationRoutesOp, putEscalationRoutesOp } from "@/lib/api/operations/desk";

// Declared in lib/api/operations/desk.ts (method, path, access, schemas, handler).
export const GET = route(getEscalationRoutesOp);
export const PUT = route(putEscalationRoutesOp);
export const DELETE = methodNotAllowed("GET, PUT");
