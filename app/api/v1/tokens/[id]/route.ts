import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { revokeTokenOp } from "@/lib/api/operations/access-tokens";

// Declared in lib/api/operations/access-tokens.ts (method, path, access, schemas, handler).
export const PATCH = route(revokeTokenOp);
export const DELETE = methodNotAllowed("PATCH");
