import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { getRuleOp, patchRuleOp } from "@/lib/api/operations/automation";

// Declared in lib/api/operations/automation.ts (method, path, access, schemas, handler). Rules are archived, never deleted.
export const GET = route(getRuleOp);
export const PATCH = route(patchRuleOp);
export const DELETE = methodNotAllowed("GET, PATCH");
