import { route } from "@/lib/api/route";
import { getGuardSettingsOp, putGuardSettingsOp } from "@/lib/api/operations/guards";

// Declared in lib/api/operations/guards.ts (method, path, access, schemas, handler).
export const GET = route(getGuardSettingsOp);
export const PUT = route(putGuardSettingsOp);
