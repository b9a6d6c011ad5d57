import { route } from "@/lib/api/route";
import { auditEventsOp } from "@/lib/api/operations/access-tokens";

// Declared in lib/api/operations/access-tokens.ts (method, path, access, schemas, handler): JSON or CSV.
export const GET = route(auditEventsOp);
