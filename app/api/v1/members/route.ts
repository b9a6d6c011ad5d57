import { route } from "@/lib/api/route";
import { inviteMemberOp, listMembersOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler).
export const GET = route(listMembersOp);
export const POST = route(inviteMemberOp);
