import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { patchTeamOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler).
export const PATCH = route(patchTeamOp);
export const DELETE = methodNotAllowed("PATCH");
