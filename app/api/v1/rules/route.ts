import { route } from "@/lib/api/route";
import { createRuleOp, listRulesOp } from "@/lib/api/operations/automation";

// Declared in lib/api/operations/automation.ts (method, path, access, schemas, handler).
export const GET = route(listRulesOp);
export const POST = route(createRuleOp);
