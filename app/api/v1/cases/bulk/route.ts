import { route } from "@/lib/api/route";
import { bulkCasesOp } from "@/lib/api/operations/cases";

// Declared in lib/api/operations/cases.ts (method, path, access, schemas, handler).
export const PATCH = route(bulkCasesOp);
