import { route } from "@/lib/api/route";
import { openApiOp } from "@/lib/api/operations/meta";

// Declared in lib/api/operations/meta.ts (method, path, access, handler).
export const GET = route(openApiOp);
