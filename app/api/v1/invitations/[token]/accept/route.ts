import { route } from "@/lib/api/route";
import { acceptInvitationOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler). Public: the
// invitation token in the path is the credential.
export const POST = route(acceptInvitationOp);
