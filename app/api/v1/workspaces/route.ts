import { route } from "@/lib/api/route";
import { createWorkspaceOp, listWorkspacesOp } from "@/lib/api/operations/access-tokens";

// Declared in lib/api/operations/access-tokens.ts (method, path, access, schemas, handler).
export const GET = route(listWorkspacesOp);
export const POST = route(createWorkspaceOp);
