import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { staffSuggestionsOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler).
export const GET = route(staffSuggestionsOp);
export const DELETE = methodNotAllowed("GET");
