import { route } from "@/lib/api/route";
import { unsnoozeOp } from "@/lib/api/operations/cases";

// Declared in lib/api/operations/cases.ts (method, path, access, schemas, handler).
export const POST = route(unsnoozeOp);
