import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { caseMessagesOp } from "@/lib/api/operations/cases";

// Declared in lib/api/operations/cases.ts (method, path, access, schemas, handler).
export const GET = route(caseMessagesOp);
export const DELETE = methodNotAllowed("GET");
