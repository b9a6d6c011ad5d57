import { route } from "@/lib/api/route";
import { getMe } from "@/lib/api/operations/account";

// Declared in lib/api/operations/account.ts (method, path, access, schemas, handler).
export const GET = route(getMe);
