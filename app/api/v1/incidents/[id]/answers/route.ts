import { route } from "@/lib/api/route";
import { answerIncidentOp } from "@/lib/api/operations/reports";

// Declared in lib/api/operations/reports.ts (method, path, access, schemas, handler).
export const POST = route(answerIncidentOp);
