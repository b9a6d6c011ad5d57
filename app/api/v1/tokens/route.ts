import { route } from "@/lib/api/route";
import { createTokenOp, listTokensOp } from "@/lib/api/operations/access-tokens";

// Declared in lib/api/operations/access-tokens.ts (method, path, access, schemas, handler).
export const GET = route(listTokensOp);
export const POST = route(createTokenOp);
