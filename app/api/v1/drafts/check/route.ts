import { route } from "@/lib/api/route";
import { checkDraftOp } from "@/lib/api/operations/guards";

// Declared in lib/api/operations/guards.ts (method, path, access, schemas, handler).
export const POST = route(checkDraftOp);
