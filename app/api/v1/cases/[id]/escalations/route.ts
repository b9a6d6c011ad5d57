import { route } from "@/lib/api/route";
import { escalateCaseOp } from "@/lib/api/operations/desk";

// Declared in lib/api/operations/desk.ts (method, path, access, schemas, handler).
export const POST = route(escalateCaseOp);
