import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { getIncidentOp, patchIncidentOp } from "@/lib/api/operations/reports";

// Declared in lib/api/operations/reports.ts (method, path, access, schemas, handler).
export const GET = route(getIncidentOp);
export const PATCH = route(patchIncidentOp);
export const DELETE = methodNotAllowed("GET, PATCH");
