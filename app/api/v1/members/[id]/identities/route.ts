import { methodNotAllowed } from "@/lib/api/handler";
import { route } from "@/lib/api/route";
import { linkIdentityOp, listIdentitiesOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler).
export const GET = route(listIdentitiesOp);
export const POST = route(linkIdentityOp);
export const DELETE = methodNotAllowed("GET, POST");
