import { route } from "@/lib/api/route";
import { presenceOp } from "@/lib/api/operations/live";

// Declared in lib/api/operations/live.ts (method, path, access, schemas, handler).
export const POST = route(presenceOp);
