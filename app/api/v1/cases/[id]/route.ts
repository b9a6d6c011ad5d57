import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { getCaseOp, patchCaseOp } from "@/lib/api/operations/cases";

// Declared in lib/api/operations/cases.ts (method, path, access, schemas, handler).
export const GET = route(getCaseOp);
export const PATCH = route(patchCaseOp);
export const DELETE = methodNotAllowed("GET, PATCH");
