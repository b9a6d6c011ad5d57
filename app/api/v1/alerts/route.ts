import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { listAlertsOp } from "@/lib/api/operations/reports";

// Declared in lib/api/operations/reports.ts (method, path, access, schemas, handler).
export const GET = route(listAlertsOp);
export const DELETE = methodNotAllowed("GET");
