import { route } from "@/lib/api/route";
import { setupOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler). Public: the
// one-time setup token in the body is the credential.
export const POST = route(setupOp);
