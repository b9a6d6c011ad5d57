import { route } from "@/lib/api/route";
import { listDraftApprovalsOp, submitDraftApprovalOp } from "@/lib/api/operations/guards";

// Declared in lib/api/operations/guards.ts (method, path, access, schemas, handler).
export const POST = route(submitDraftApprovalOp);
export const GET = route(listDraftApprovalsOp);
