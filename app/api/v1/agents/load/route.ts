import { route } from "@/lib/api/route";
import { agentLoadOp } from "@/lib/api/operations/automation";

// Declared in lib/api/operations/automation.ts (method, path, access, schemas, handler).
export const GET = route(agentLoadOp);
