import { route } from "@/lib/api/route";
import { moderateHeldOp } from "@/lib/api/operations/moderation";

// Declared in lib/api/operations/moderation.ts (method, path, access, schemas, handler).
export const POST = route(moderateHeldOp);
