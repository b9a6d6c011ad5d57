import { route } from "@/lib/api/route";
import { listNotificationsOp } from "@/lib/api/operations/desk";

// Declared in lib/api/operations/desk.ts (method, path, access, schemas, handler).
export const GET = route(listNotificationsOp);
