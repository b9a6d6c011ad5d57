import { route } from "@/lib/api/route";
import { createTeamOp, listTeamsOp } from "@/lib/api/operations/administration";

// Declared in lib/api/operations/administration.ts (method, path, access, schemas, handler).
export const GET = route(listTeamsOp);
export const POST = route(createTeamOp);
